using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>Diagnostics as text a failing test can be read by: file(line,column), id, and the source line underlined.</summary>
internal static class DiagnosticText
{
    /// <summary>One reported diagnostic, with its message and source line.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="textAt">Finds the text of a file that is not a syntax tree (an additional file).</param>
    public static string Describe(Diagnostic diagnostic, Func<string, SourceText?>? textAt = null)
    {
        var location = diagnostic.Location;
        var head = $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}";
        if (location == Location.None) return $"  (no location): {head}: {diagnostic.GetMessage()}";
        var path = location.GetLineSpan().Path;
        var text = location.SourceTree?.GetText() ?? textAt?.Invoke(path);
        return Describe(head, path, location.SourceSpan, text) + $"\n      message: {diagnostic.GetMessage()}";
    }

    /// <summary>One diagnostic at <paramref name="span"/> of <paramref name="text"/> (when known).</summary>
    public static string Describe(string head, string path, TextSpan span, SourceText? text)
    {
        if (text is null || span.End > text.Length) return $"  {Path.GetFileName(path)} {span}: {head}";
        var start = text.Lines.GetLinePosition(span.Start);
        var end = text.Lines.GetLinePosition(span.End);
        var builder = new StringBuilder();
        builder.Append($"  {Path.GetFileName(path)}({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1}): {head}: '{Shorten(text.ToString(span))}'");
        var line = text.Lines[start.Line];
        var lineText = line.ToString().Replace('\t', ' ');
        var width = Math.Max(1, Math.Min(span.End, line.End) - span.Start);
        builder.Append($"\n      {start.Line + 1,4} | {lineText}");
        builder.Append($"\n           | {new string(' ', start.Character)}{new string('^', width)}");
        return builder.ToString();
    }

    /// <summary>Expected and reported diagnostics that differ, as a readable report; null when they agree.</summary>
    public static string? Compare(string analyzerName, IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<Diagnostic> actual, Func<string, SourceText?> textAt)
    {
        var unexpected = actual.ToList();
        var missing = new List<ExpectedDiagnostic>();
        foreach (var wanted in expected)
        {
            var match = unexpected.FindIndex(d => d.Id == wanted.Id && d.Location.GetLineSpan().Path == wanted.Path && d.Location.SourceSpan == wanted.Span);
            if (match >= 0) unexpected.RemoveAt(match);
            else missing.Add(wanted);
        }
        if (missing.Count == 0 && unexpected.Count == 0) return null;

        var report = new StringBuilder($"{analyzerName}: the reported diagnostics differ from the markup (expected {expected.Count}, reported {actual.Count}).");
        if (missing.Count > 0)
        {
            report.Append("\nExpected but not reported:");
            foreach (var m in Sorted(missing)) report.Append('\n').Append(Describe(m.Id, m.Path, m.Span, textAt(m.Path)));
        }
        if (unexpected.Count > 0)
        {
            report.Append("\nReported but not expected:");
            foreach (var u in unexpected.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)) report.Append('\n').Append(Describe(u, textAt));
        }
        return report.ToString();
    }

    private static IEnumerable<ExpectedDiagnostic> Sorted(IEnumerable<ExpectedDiagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal);

    private static string Shorten(string text)
    {
        text = text.Replace("\r", "").Replace("\n", "⏎");
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
