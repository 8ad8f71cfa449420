using System;
using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Internal;

namespace PolicyKit.Cli;

/// <summary>
/// Reads requests from JSON (an array of objects) or JSON lines (one object per line), on the library's
/// position-aware JSON tree so that every message names the line. Field values are strings; numbers are
/// taken as their text; null is an absent field; a list of strings gives the field once per element
/// (several parties, for example).
/// </summary>
internal static class JsonRequestReader
{
    /// <exception cref="BadInputException">Not valid JSON, or not the expected shape; the message names the line.</exception>
    public static List<RequestRow> Read(string path, byte[] utf8, bool jsonLines)
    {
        try
        {
            var rows = new List<RequestRow>();
            if (jsonLines)
            {
                foreach (var (line, bytes) in Lines(utf8))
                    rows.Add(ReadObject(JsonTree.Parse(bytes, path, line), path));
                return rows;
            }
            var root = JsonTree.Parse(utf8, path);
            if (root.Kind != JsonValueKind.Array)
                throw BadInputException.InFile(path, root.Line, null, $"expected an array of request objects, found {Describe(root.Kind)}");
            foreach (var item in root.Items) rows.Add(ReadObject(item, path));
            return rows;
        }
        catch (PolicyDataException e)
        {
            throw BadInputException.InFile(path, e.Line, null, e.Problem);
        }
    }

    private static RequestRow ReadObject(JsonTree node, string path)
    {
        if (node.Kind != JsonValueKind.Object)
            throw BadInputException.InFile(path, node.Line, null, $"expected a request object, found {Describe(node.Kind)}");
        var cells = new List<RequestCell>();
        foreach (var (field, value) in node.Properties)
        {
            if (value.Kind == JsonValueKind.Array) foreach (var element in value.Items) AddValue(element, path, field, cells);
            else AddValue(value, path, field, cells);
        }
        return new RequestRow(node.Line, cells);
    }

    private static void AddValue(JsonTree value, string path, string field, List<RequestCell> cells)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String or JsonValueKind.Number:
                if (value.Text!.Trim().Length > 0) cells.Add(new RequestCell(field, value.Text, value.Line)); // blank is absent, as in CSV
                break;
            case JsonValueKind.Null:
                break;
            default:
                throw BadInputException.InFile(path, value.Line, field, $"expected a string or a list of strings, found {Describe(value.Kind)}");
        }
    }

    // The non-blank lines of a JSON-lines file, with their 1-based numbers.
    private static IEnumerable<(int Line, byte[] Bytes)> Lines(byte[] utf8)
    {
        int start = 0, line = 1;
        for (int i = 0; i <= utf8.Length; i++)
        {
            if (i < utf8.Length && utf8[i] != (byte)'\n') continue;
            var segment = new ArraySegment<byte>(utf8, start, i - start);
            if (!IsBlank(segment)) yield return (line, segment.ToArray());
            start = i + 1;
            line++;
        }
    }

    private static bool IsBlank(ArraySegment<byte> bytes)
    {
        foreach (byte b in bytes) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or 0xEF or 0xBB or 0xBF)) return false;
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
