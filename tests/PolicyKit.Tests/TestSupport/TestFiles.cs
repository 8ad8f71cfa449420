using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PolicyKit.Tests;

/// <summary>Locating and reading the data files tests depend on.</summary>
internal static class TestFiles
{
    /// <summary>The repository root: the nearest directory above the test binaries that holds the solution.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A file shipped next to the test binaries (e.g. <c>Scenarios/huawei-scenarios.csv</c>).</summary>
    public static string Output(string relativePath) => Path.Combine(AppContext.BaseDirectory, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No PolicyKit.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
    }

    /// <summary>One CSV record with its 1-based physical line number and its fields by header name.</summary>
    public sealed class CsvRecord
    {
        private readonly Dictionary<string, string> _fields;

        public CsvRecord(int line, Dictionary<string, string> fields)
        {
            Line = line;
            _fields = fields;
        }

        public int Line { get; }

        /// <summary>The trimmed field, or null when blank. Throws on a column the file does not have.</summary>
        public string? this[string column] =>
            _fields.TryGetValue(column, out var value)
                ? (string.IsNullOrWhiteSpace(value) ? null : value.Trim())
                : throw new KeyNotFoundException($"line {Line}: no column '{column}'");
    }

    /// <summary>Reads RFC 4180 CSV with a header row. Quoted fields may hold commas, quotes ("") and
    /// line breaks. Lines that start with '#' outside a quoted field, and blank lines, are skipped.</summary>
    public static List<CsvRecord> ReadCsv(TextReader reader, string source)
    {
        var records = new List<CsvRecord>();
        string[]? header = null;
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            int start = line;
            if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal)) continue;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; ; i++)
            {
                if (i == text.Length)
                {
                    if (!quoted) break;
                    text = reader.ReadLine() ?? throw new InvalidDataException($"{source}:{start}: unterminated quoted field");
                    line++;
                    field.Append('\n');
                    i = -1;
                    continue;
                }
                char c = text[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            if (header is null)
            {
                header = fields.ToArray();
                continue;
            }
            if (fields.Count != header.Length)
                throw new InvalidDataException($"{source}:{start}: {fields.Count} fields, expected {header.Length}");
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) map[header[i]] = fields[i];
            records.Add(new CsvRecord(start, map));
        }
        return records;
    }
}
