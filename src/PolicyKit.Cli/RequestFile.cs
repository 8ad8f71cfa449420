using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PolicyKit.Cli;

/// <summary>One field of one request in a file, with the line it is on.</summary>
internal sealed record RequestCell(string Field, string Text, int Line);

/// <summary>One request in a file: the line it starts on and its non-blank fields.</summary>
internal sealed record RequestRow(int Line, IReadOnlyList<RequestCell> Cells);

/// <summary>
/// Reads the rows of an <c>evaluate</c> file, chosen by extension: <c>.csv</c> (a header row of field
/// names, then one request per record), <c>.json</c> (an array of objects) or <c>.jsonl</c> (one object
/// per line). Field names are checked later, by <see cref="RequestDraft"/>, except CSV headers, which
/// are checked here so that a bad column is reported once, on line 1.
/// </summary>
internal static class RequestFile
{
    /// <exception cref="BadInputException">Unreadable, empty, malformed, or a bad header.</exception>
    public static IReadOnlyList<RequestRow> Read(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".json" or ".jsonl"))
            throw new BadInputException($"evaluate: '{path}' has an unknown extension '{extension}'; expected .csv, .json or .jsonl");
        byte[] bytes = InputFiles.Read(path, "evaluate");
        if (IsBlank(bytes)) throw BadInputException.InFile(path, 1, null, "the file is empty");
        var rows = extension == ".csv" ? ReadCsv(path, bytes) : JsonRequestReader.Read(path, bytes, jsonLines: extension == ".jsonl");
        if (rows.Count == 0) throw BadInputException.InFile(path, 1, null, "the file holds no requests");
        return rows;
    }

    private static bool IsBlank(byte[] bytes) => Encoding.UTF8.GetString(bytes).Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0;

    private static List<RequestRow> ReadCsv(string path, byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var records = CsvReader.Read(text, path);
        var header = CheckHeader(path, records[0]);
        var rows = new List<RequestRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Length)
                throw BadInputException.InFile(path, record.Line, null, $"has {record.Fields.Count} fields but the header has {header.Length}");
            var cells = header.Select((field, i) => new RequestCell(field, record.Fields[i], record.Line))
                .Where(cell => cell.Text.Trim().Length > 0) // an empty cell is an absent field
                .ToList();
            rows.Add(new RequestRow(record.Line, cells));
        }
        return rows;
    }

    private static string[] CheckHeader(string path, CsvRecord header)
    {
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) throw BadInputException.InFile(path, header.Line, null, $"column {i + 1} of the header has no name");
            if (!RequestFields.IsField(names[i]))
                throw BadInputException.InFile(path, header.Line, names[i], $"is not a known column (known: {string.Join(", ", RequestFields.All)})");
            if (Array.IndexOf(names, names[i]) != i) throw BadInputException.InFile(path, header.Line, names[i], "is a column twice");
        }
        foreach (string required in RequestFields.Required)
            if (Array.IndexOf(names, required) < 0) throw BadInputException.InFile(path, header.Line, required, "is a required column but the header lacks it");
        return names;
    }
}
