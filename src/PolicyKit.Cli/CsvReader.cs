using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Cli;

/// <summary>One CSV record and the line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// An RFC 4180 reader: comma-separated fields, optionally in double quotes, where a quoted field may
/// hold commas, line breaks and doubled quotes (<c>""</c>). Lines end with LF or CRLF. Blank lines are
/// skipped. Strict about stray quotes, because a half-quoted field usually means a shifted column.
/// </summary>
internal static class CsvReader
{
    /// <exception cref="BadInputException">A stray or unterminated quote; the message names the line.</exception>
    public static List<CsvRecord> Read(string text, string path)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, pos = 0;
        bool recordHasContent = false;

        while (pos <= text.Length)
        {
            bool atEnd = pos == text.Length;
            char c = atEnd ? '\n' : text[pos];
            if (c == '"')
            {
                if (field.Length > 0) throw BadInputException.InFile(path, line, null, "a quote inside an unquoted field; quote the whole field and double the quotes in it");
                int quoteLine = line;
                pos++;
                while (true)
                {
                    if (pos == text.Length) throw BadInputException.InFile(path, quoteLine, null, "a quoted field is not closed");
                    char q = text[pos++];
                    if (q == '"')
                    {
                        if (pos < text.Length && text[pos] == '"') { field.Append('"'); pos++; continue; }
                        break;
                    }
                    if (q == '\n') line++;
                    field.Append(q);
                }
                if (pos < text.Length && text[pos] is not (',' or '\n' or '\r'))
                    throw BadInputException.InFile(path, line, null, "text after a closing quote; a quoted field must end at a comma or the end of the line");
                recordHasContent = true;
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                recordHasContent = true;
                pos++;
                continue;
            }
            if (c == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n') { pos++; continue; }
            if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (recordHasContent || fields[0].Trim().Length > 0) records.Add(new CsvRecord(recordLine, fields.ToArray()));
                fields.Clear();
                recordHasContent = false;
                pos++;
                line++;
                recordLine = line;
                if (atEnd) break;
                continue;
            }
            field.Append(c);
            pos++;
        }
        return records;
    }
}
