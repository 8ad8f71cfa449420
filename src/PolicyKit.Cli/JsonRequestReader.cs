using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Cli;

/// <summary>
/// Reads requests from JSON (an array of objects) or JSON lines (one object per line), keeping each
/// field's line for messages. Field values are strings; numbers are taken as their text; null is an
/// absent field; an array of strings gives the field once per element (several parties, for example).
/// </summary>
/// <remarks>The library's position-aware JSON tree is internal, so this reader keeps its own line index.</remarks>
internal static class JsonRequestReader
{
    /// <exception cref="BadInputException">Not valid JSON, or not the expected shape; the message names the line.</exception>
    public static List<RequestRow> Read(string path, byte[] utf8, bool jsonLines)
    {
        var bom = Encoding.UTF8.Preamble;
        var json = utf8.AsSpan().StartsWith(bom) ? utf8.AsSpan(bom.Length) : utf8.AsSpan();
        var lines = new LineIndex(json);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowMultipleValues = jsonLines, CommentHandling = JsonCommentHandling.Disallow });
        var rows = new List<RequestRow>();
        try
        {
            reader.Read();
            if (jsonLines)
            {
                do rows.Add(ReadObject(ref reader, lines, path));
                while (reader.Read());
            }
            else
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                    throw BadInputException.InFile(path, lines.Of(reader.TokenStartIndex), null, $"expected an array of request objects, found {Describe(reader.TokenType)}");
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) rows.Add(ReadObject(ref reader, lines, path));
                reader.Read(); // throws when anything but white space follows the array
            }
        }
        catch (JsonException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw BadInputException.InFile(path, (int)(e.LineNumber ?? 0) + 1, null, "not valid JSON: " + (cut > 0 ? message.Substring(0, cut) : message));
        }
        return rows;
    }

    private static RequestRow ReadObject(ref Utf8JsonReader reader, LineIndex lines, string path)
    {
        int line = lines.Of(reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw BadInputException.InFile(path, line, null, $"expected a request object, found {Describe(reader.TokenType)}");
        var cells = new List<RequestCell>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string field = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) AddValue(ref reader, lines, path, field, cells);
            }
            else AddValue(ref reader, lines, path, field, cells);
        }
        return new RequestRow(line, cells);
    }

    private static void AddValue(ref Utf8JsonReader reader, LineIndex lines, string path, string field, List<RequestCell> cells)
    {
        int line = lines.Of(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (text.Trim().Length > 0) cells.Add(new RequestCell(field, text, line)); // blank is absent, as in CSV
                break;
            case JsonTokenType.Number:
                cells.Add(new RequestCell(field, Encoding.UTF8.GetString(reader.ValueSpan), line));
                break;
            case JsonTokenType.Null:
                break;
            default:
                throw BadInputException.InFile(path, line, field, $"expected a string or a list of strings, found {Describe(reader.TokenType)}");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Byte offset to 1-based line number.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = new() { 0 };

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (int i = 0; i < utf8.Length; i++) if (utf8[i] == (byte)'\n') _starts.Add(i + 1);
        }

        public int Of(long offset)
        {
            int index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
