using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.Benchmarks.Generation;

namespace PolicyKit.Analyzers.Benchmarks.Reporting;

/// <summary>
/// Compares the diagnostics of one id with those the generator expects, by file and line: how many
/// match, which expected ones are missing (false negatives), which reported ones are not expected
/// (false positives). Counts alone could hide a miss and a false alarm that cancel out.
/// </summary>
internal sealed class AccuracyCheck
{
    private AccuracyCheck(string id, int expected, int reported, IReadOnlyList<ExpectedDiagnostic> missed, IReadOnlyList<(string Path, int Line)> unexpected)
    {
        Id = id;
        Expected = expected;
        Reported = reported;
        Missed = missed;
        Unexpected = unexpected;
    }

    public string Id { get; }
    public int Expected { get; }
    public int Reported { get; }
    public IReadOnlyList<ExpectedDiagnostic> Missed { get; }
    public IReadOnlyList<(string Path, int Line)> Unexpected { get; }
    public int Matched => Expected - Missed.Count;
    public bool IsExact => Missed.Count == 0 && Unexpected.Count == 0;

    public static AccuracyCheck Compare(string id, IEnumerable<ExpectedDiagnostic> expected, IEnumerable<Diagnostic> reported)
    {
        var wanted = expected.Where(e => e.Id == id).ToList();
        var got = reported.Where(d => d.Id == id).Select(Position).ToList();
        var remaining = got.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var missed = new List<ExpectedDiagnostic>();
        foreach (var e in wanted)
        {
            if (remaining.TryGetValue((e.Path, e.Line), out var n) && n > 0) remaining[(e.Path, e.Line)] = n - 1;
            else missed.Add(e);
        }
        var unexpected = remaining.SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new AccuracyCheck(id, wanted.Count, got.Count, missed, unexpected);
    }

    /// <summary>The file and 1-based line a diagnostic is reported at.</summary>
    public static (string Path, int Line) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1);
    }
}
