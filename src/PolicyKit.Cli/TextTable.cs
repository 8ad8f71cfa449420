using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>A plain, left-aligned text table; the last column is not padded, so long reasons do not
/// push trailing spaces.</summary>
internal sealed class TextTable
{
    private readonly string[] _header;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] header) => _header = header;

    public void Add(params string[] cells)
    {
        if (cells.Length != _header.Length) throw new ArgumentException($"Expected {_header.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    public void WriteTo(TextWriter output)
    {
        var widths = _header.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        foreach (var row in _rows.Prepend(_header))
        {
            var padded = row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", padded));
        }
    }
}
