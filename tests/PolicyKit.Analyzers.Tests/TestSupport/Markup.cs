using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>A diagnostic a test expects: its id and the span it covers in the clean (markup-free) text.</summary>
/// <param name="Id">The diagnostic id, e.g. <c>PK0001</c>.</param>
/// <param name="Span">The span in the clean text.</param>
public readonly record struct MarkedSpan(string Id, TextSpan Span);

/// <summary>A text with its markup removed, and the diagnostics the markup expects.</summary>
/// <param name="Text">The text without markup.</param>
/// <param name="Spans">The marked spans, in the order their markup opens.</param>
public sealed record ParsedMarkup(string Text, ImmutableArray<MarkedSpan> Spans);

/// <summary>
/// Test markup: <c>[|text|]</c> expects a diagnostic with the default id on <c>text</c>;
/// <c>{|PK0001:text|}</c> expects one with an explicit id. Spans may nest.
/// </summary>
public static class Markup
{
    /// <summary>Removes the markup from <paramref name="markup"/> and returns the spans it marks.</summary>
    /// <param name="markup">The marked-up text.</param>
    /// <param name="defaultId">The id of <c>[|...|]</c> spans; null when the text may only use explicit ids.</param>
    /// <exception cref="FormatException">The markup is malformed; the message gives line and column.</exception>
    public static ParsedMarkup Parse(string markup, string? defaultId)
    {
        var text = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<MarkedSpan>();
        // Open spans: where the markup opened (for errors), the span's start in the clean text, its id, its closer.
        var open = new Stack<(int MarkupPosition, int Start, string Id, string Closer, int Slot)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                var id = defaultId ?? throw Malformed(markup, i, "'[|' needs a default id, but none applies here: write {|ID:...|}");
                open.Push((i, text.Length, id, "|]", Reserve(spans)));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var id = colon < 0 ? "" : markup.Substring(i + 2, colon - i - 2);
                if (id.Length == 0 || !IsId(id))
                {
                    throw Malformed(markup, i, "'{|' must be followed by a diagnostic id and ':', as in {|PK0001:text|}");
                }
                open.Push((i, text.Length, id, "|}", Reserve(spans)));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closer = markup.Substring(i, 2);
                if (open.Count == 0) throw Malformed(markup, i, $"'{closer}' closes nothing");
                var top = open.Pop();
                if (top.Closer != closer)
                {
                    throw Malformed(markup, i, $"'{closer}' cannot close the span opened at {Position(markup, top.MarkupPosition)}, which ends with '{top.Closer}'");
                }
                spans[top.Slot] = new MarkedSpan(top.Id, TextSpan.FromBounds(top.Start, text.Length));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }
        if (open.Count > 0)
        {
            var unclosed = open.Pop();
            throw Malformed(markup, unclosed.MarkupPosition, $"this span is never closed with '{unclosed.Closer}'");
        }
        return new ParsedMarkup(text.ToString(), spans.ToImmutable());
    }

    /// <summary>Keeps the spans in the order they open, although inner spans close first.</summary>
    private static int Reserve(ImmutableArray<MarkedSpan>.Builder spans)
    {
        spans.Add(default);
        return spans.Count - 1;
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsId(string id)
    {
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    private static FormatException Malformed(string markup, int index, string problem) =>
        new($"Malformed test markup at {Position(markup, index)}: {problem}.");

    private static string Position(string markup, int index)
    {
        var position = SourceText.From(markup).Lines.GetLinePosition(index);
        return $"line {position.Line + 1}, column {position.Character + 1}";
    }
}
