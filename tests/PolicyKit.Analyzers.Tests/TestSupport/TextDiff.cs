using System;
using System.Text;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>A line diff for failure messages (longest common subsequence; test files are small).</summary>
internal static class TextDiff
{
    /// <summary>Line endings as <c>\n</c>, so that a fix's output compares equal on every platform.</summary>
    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>The lines of <paramref name="expected"/> and <paramref name="actual"/>, marked <c>-</c> (expected
    /// only), <c>+</c> (actual only) or blank (both), with expected line numbers.</summary>
    public static string Lines(string expected, string actual)
    {
        var a = NormalizeLineEndings(expected).Split('\n');
        var b = NormalizeLineEndings(actual).Split('\n');
        // common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) Line(' ', x + 1, a[x++]);
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y])) Line('+', null, b[y++]);
            else Line('-', x + 1, a[x++]);
        }
        return diff.ToString();

        void Line(char mark, int? number, string text) =>
            diff.Append(mark).Append(' ').Append(number is { } n ? n.ToString().PadLeft(4) : "    ").Append(" | ").Append(Visible(text)).Append('\n');
    }

    /// <summary>Trailing blanks made visible: a diff that differs only in them is otherwise unreadable.</summary>
    private static string Visible(string line)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed.Length == line.Length ? line : trimmed + line.Substring(trimmed.Length).Replace(' ', '·').Replace('\t', '→');
    }
}
