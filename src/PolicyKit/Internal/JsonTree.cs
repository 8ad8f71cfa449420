using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Internal;

/// <summary>
/// A small JSON tree that remembers the line of every value, so that a bad data file is reported with
/// its file, line and field. System.Text.Json's DOM does not keep positions.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, int line, string path)
    {
        Kind = kind;
        Line = line;
        Path = path;
    }

    public JsonValueKind Kind { get; }
    public int Line { get; }
    public string Path { get; }
    public string? Text { get; private set; }
    public List<KeyValuePair<string, JsonTree>> Properties { get; } = new();
    public List<JsonTree> Items { get; } = new();

    /// <summary>Parses UTF-8 JSON; syntax errors are reported with the line.</summary>
    /// <param name="utf8">The bytes; a UTF-8 byte order mark (which Windows editors write) is skipped.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <param name="firstLine">The line number of the first byte, when the bytes are one line of a larger file.</param>
    public static JsonTree Parse(byte[] utf8, string source, int firstLine = 1)
    {
        int start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var json = new ReadOnlySpan<byte>(utf8, start, utf8.Length - start);
        if (IsBlank(json)) throw new PolicyDataException(source, firstLine, null, "the file is empty");
        var lineStarts = LineIndex(json, firstLine);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, lineStarts, "$");
            if (reader.Read()) throw new PolicyDataException(source, LineOf(lineStarts, reader.TokenStartIndex), null, "unexpected data after the end of the JSON document");
            return root;
        }
        catch (JsonException e)
        {
            throw new PolicyDataException(source, (int)(e.LineNumber ?? 0) + firstLine, null, "not valid JSON: " + FirstSentence(e.Message));
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, LineStarts lineStarts, string path)
    {
        int line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonTree(JsonValueKind.Object, line, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, lineStarts, path + "." + name)));
                }
                return node;
            }
            case JsonTokenType.StartArray:
            {
                var node = new JsonTree(JsonValueKind.Array, line, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    node.Items.Add(ReadValue(ref reader, lineStarts, $"{path}[{node.Items.Count}]"));
                return node;
            }
            case JsonTokenType.String:
                return new JsonTree(JsonValueKind.String, line, path) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree(JsonValueKind.Number, line, path) { Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) };
            case JsonTokenType.True:
                return new JsonTree(JsonValueKind.True, line, path);
            case JsonTokenType.False:
                return new JsonTree(JsonValueKind.False, line, path);
            default:
                return new JsonTree(JsonValueKind.Null, line, path);
        }
    }

    public JsonTree? this[string name]
    {
        get
        {
            foreach (var p in Properties) if (p.Key == name) return p.Value;
            return null;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> json)
    {
        foreach (byte b in json) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

    // Line starts, offset so that LineOf returns file line numbers.
    private static LineStarts LineIndex(ReadOnlySpan<byte> utf8, int firstLine)
    {
        var starts = new List<long> { 0 };
        for (int i = 0; i < utf8.Length; i++) if (utf8[i] == (byte)'\n') starts.Add(i + 1);
        return new LineStarts(starts, firstLine);
    }

    private sealed class LineStarts
    {
        public LineStarts(List<long> starts, int firstLine)
        {
            Starts = starts;
            FirstLine = firstLine;
        }

        public List<long> Starts { get; }
        public int FirstLine { get; }
    }

    private static int LineOf(LineStarts lines, long offset)
    {
        int index = lines.Starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + lines.FirstLine;
    }

    // System.Text.Json ends its messages with a zero-based "LineNumber: 2 | BytePositionInLine: 4."
    // (or " Path: …"), which would contradict the one-based line in front of ours.
    private static string FirstSentence(string message)
    {
        foreach (string marker in new[] { " LineNumber:", " Path:" })
        {
            int cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message.Substring(0, cut);
        }
        return message.TrimEnd();
    }

    public static string KindText(JsonValueKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);
}

/// <summary>Typed access to a JSON object's fields that reports problems with file, line and field.</summary>
internal readonly struct JsonFields
{
    private readonly JsonTree _node;
    private readonly string _source;

    public JsonFields(JsonTree node, string source)
    {
        _node = node;
        _source = source;
        if (node.Kind != JsonValueKind.Object) throw Error(node, null, $"expected an object, found {JsonTree.KindText(node.Kind)}");
    }

    public int Line => _node.Line;

    public PolicyDataException Error(JsonTree? at, string? field, string message) =>
        new(_source, (at ?? _node).Line, field is null ? (at ?? _node).Path : _node.Path + "." + field, message);

    public string? OptionalString(string field)
    {
        var value = _node[field];
        if (value is null || value.Kind == JsonValueKind.Null) return null;
        if (value.Kind != JsonValueKind.String) throw Error(value, field, $"expected a string, found {JsonTree.KindText(value.Kind)}");
        return value.Text;
    }

    public string RequiredString(string field)
    {
        string? text = OptionalString(field);
        if (string.IsNullOrWhiteSpace(text)) throw Error(_node[field], field, "is required and must not be blank");
        return text!;
    }

    public CalendarDate? OptionalDate(string field)
    {
        string? text = OptionalString(field);
        if (text is null) return null;
        if (!CalendarDate.TryParse(text, out var date)) throw Error(_node[field], field, $"'{text}' is not a date in the form yyyy-MM-dd");
        return date;
    }

    public CalendarDate RequiredDate(string field) =>
        OptionalDate(field) ?? throw Error(_node[field], field, "is required (a date in the form yyyy-MM-dd)");

    public IReadOnlyList<string> StringList(string field, bool required)
    {
        var value = _node[field];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            if (required) throw Error(null, field, "is required (a list of strings)");
            return Array.Empty<string>();
        }
        if (value.Kind != JsonValueKind.Array) throw Error(value, field, $"expected a list of strings, found {JsonTree.KindText(value.Kind)}");
        var list = new List<string>(value.Items.Count);
        for (int i = 0; i < value.Items.Count; i++)
        {
            var item = value.Items[i];
            if (item.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.Text))
                throw Error(item, $"{field}[{i}]", "expected a non-blank string");
            list.Add(item.Text!);
        }
        if (required && list.Count == 0) throw Error(value, field, "must not be empty");
        return list;
    }

    public JsonFields? OptionalObject(string field)
    {
        var value = _node[field];
        return value is null || value.Kind == JsonValueKind.Null ? null : new JsonFields(value, _source);
    }

    public IReadOnlyList<JsonTree> RequiredArray(string field)
    {
        var value = _node[field];
        if (value is null || value.Kind != JsonValueKind.Array) throw Error(value, field, "is required (a list)");
        return value.Items;
    }

    /// <summary>Rejects fields this reader does not know, so that a misspelt field is not silently ignored.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var p in _node.Properties)
            if (Array.IndexOf(known, p.Key) < 0)
                throw Error(p.Value, p.Key, $"is not a known field (known: {string.Join(", ", known)})");
    }
}
