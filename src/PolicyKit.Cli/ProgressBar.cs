using System;
using System.IO;

namespace PolicyKit.Cli;

/// <summary>A one-line progress bar redrawn in place with a carriage return; meant for a terminal only,
/// since a log file would fill with redraws.</summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _terminal;
    private readonly int _total;
    private readonly string _label;
    private int _shownPercent = -1;
    private int _lineLength;

    public ProgressBar(TextWriter terminal, int total, string label)
    {
        _terminal = terminal;
        _total = Math.Max(total, 1);
        _label = label;
    }

    /// <summary>Redraws when the whole percentage changes, so a million rows cost a hundred redraws.</summary>
    public void Report(int done)
    {
        int percent = (int)(done * 100L / _total);
        if (percent == _shownPercent) return;
        _shownPercent = percent;
        int filled = percent * Width / 100;
        string line = $"{_label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{_total}";
        _lineLength = line.Length;
        _terminal.Write("\r" + line);
        _terminal.Flush();
    }

    /// <summary>Clears the line, so the next message starts clean.</summary>
    public void Dispose()
    {
        if (_shownPercent < 0) return;
        _terminal.Write("\r" + new string(' ', _lineLength) + "\r");
        _terminal.Flush();
    }
}
