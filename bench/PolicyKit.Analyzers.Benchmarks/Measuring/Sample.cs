using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Benchmarks.Measuring;

/// <summary>One measured compilation. Wall times are from a stopwatch; CPU time is the process's.</summary>
/// <param name="Round">The measured round (0-based); samples of the same round ran back to back and are compared pairwise.</param>
/// <param name="CompilerPhase"><c>Compilation.GetDiagnostics()</c>: binding and flow analysis of all source.</param>
/// <param name="AnalyzerPhase"><c>CompilationWithAnalyzers.GetAnalysisResultAsync()</c>: the analyzer driver and the analyzers; zero without analyzers.</param>
/// <param name="EmitPhase"><c>Emit</c> of the assembly and its portable PDB to memory.</param>
/// <param name="Cpu">Process CPU time over the three phases; on a busy machine less inflated than wall time by waiting for a core.</param>
/// <param name="AnalyzerPhaseCpu">Process CPU time of the analyzer pass.</param>
/// <param name="AnalyzerTime">The analyzers' own ExecutionTime from the analyzer telemetry, summed over the set; zero without analyzers.</param>
/// <param name="AnalyzerDiagnostics">The analyzers' diagnostics.</param>
/// <param name="CompilerWarnings">The compiler's warnings (the generated code is meant to have none).</param>
internal sealed record Sample(
    int Round, TimeSpan CompilerPhase, TimeSpan AnalyzerPhase, TimeSpan EmitPhase, TimeSpan Cpu, TimeSpan AnalyzerPhaseCpu, TimeSpan AnalyzerTime,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics, int CompilerWarnings)
{
    /// <summary>Wall time of the whole compilation.</summary>
    public TimeSpan Wall => CompilerPhase + AnalyzerPhase + EmitPhase;
}
