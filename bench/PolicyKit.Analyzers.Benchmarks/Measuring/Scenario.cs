using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Analyzers.Benchmarks.Compiling;

namespace PolicyKit.Analyzers.Benchmarks.Measuring;

/// <summary>
/// One configuration to measure: a project compiled alone (the compile-only baseline), or a
/// <see cref="Baseline"/> configuration plus more analyzers, whose extra cost is what the report shows.
/// </summary>
internal sealed class Scenario
{
    private Scenario(string name, GeneratedProject project, AnalyzerSet? analyzers, ImmutableArray<DiagnosticAnalyzer> measured, Scenario? baseline)
    {
        Name = name;
        Project = project;
        Analyzers = analyzers;
        Measured = measured;
        Baseline = baseline;
    }

    public string Name { get; }
    public GeneratedProject Project { get; }

    /// <summary>Every analyzer that runs; null for compile only.</summary>
    public AnalyzerSet? Analyzers { get; }

    /// <summary>The analyzers whose ExecutionTime is reported: those this scenario adds to its baseline.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Measured { get; }

    /// <summary>The scenario this one adds analyzers to; null for compile only.</summary>
    public Scenario? Baseline { get; }

    /// <summary>The compile-only scenario at the root of the baseline chain: the "compile time" of shares.</summary>
    public Scenario CompileOnlyRoot => Baseline?.CompileOnlyRoot ?? this;

    public static Scenario CompileOnly(string name, GeneratedProject project) => new(name, project, null, [], null);

    /// <summary>The baseline's compilation with <paramref name="added"/> running next to the baseline's analyzers, if any.</summary>
    public static Scenario Adding(string name, Scenario baseline, AnalyzerSet added) =>
        new(name, baseline.Project, baseline.Analyzers?.Plus(added) ?? added, added.Analyzers, baseline);

    public override string ToString() => Name;
}
