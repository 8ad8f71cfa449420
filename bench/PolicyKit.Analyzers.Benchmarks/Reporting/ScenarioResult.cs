using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.Benchmarks.Measuring;

namespace PolicyKit.Analyzers.Benchmarks.Reporting;

/// <summary>The samples of one scenario reduced to what the report shows; all times in milliseconds.</summary>
internal sealed class ScenarioResult
{
    public ScenarioResult(Scenario scenario, IReadOnlyDictionary<Scenario, IReadOnlyList<Sample>> allSamples)
    {
        Scenario = scenario;
        Samples = allSamples[scenario];
        Wall = Of(s => s.Wall);
        Cpu = Of(s => s.Cpu);
        CompilerPhase = Of(s => s.CompilerPhase);
        AnalyzerPhase = Of(s => s.AnalyzerPhase);
        AnalyzerPhaseCpu = Of(s => s.AnalyzerPhaseCpu);
        EmitPhase = Of(s => s.EmitPhase);
        AnalyzerTime = Of(s => s.AnalyzerTime);
        if (scenario.Baseline is { } baseline)
        {
            CompileWall = Summary.Of(allSamples[scenario.CompileOnlyRoot].Select(s => s.Wall.TotalMilliseconds));
            CompileCpu = Summary.Of(allSamples[scenario.CompileOnlyRoot].Select(s => s.Cpu.TotalMilliseconds));
            // Paired by round: both ran back to back, so a slow stretch of the machine largely cancels out.
            var before = allSamples[baseline].ToDictionary(s => s.Round);
            ExtraWall = Of(s => s.Wall - before[s.Round].Wall);
            ExtraAnalyzerPass = Of(s => s.AnalyzerPhase - before[s.Round].AnalyzerPhase);
            ExtraAnalyzerPassCpu = Of(s => s.AnalyzerPhaseCpu - before[s.Round].AnalyzerPhaseCpu);
        }
    }

    public Scenario Scenario { get; }
    public IReadOnlyList<Sample> Samples { get; }
    public Summary Wall { get; }
    public Summary Cpu { get; }
    public Summary CompilerPhase { get; }
    public Summary AnalyzerPhase { get; }
    public Summary AnalyzerPhaseCpu { get; }
    public Summary EmitPhase { get; }

    /// <summary>The analyzers' own ExecutionTime (telemetry), summed over the set.</summary>
    public Summary AnalyzerTime { get; }

    /// <summary>The wall time of compiling the same project without analyzers; null for a compile-only scenario.</summary>
    public Summary? CompileWall { get; }

    /// <summary>The CPU time of compiling the same project without analyzers; null for a compile-only scenario.</summary>
    public Summary? CompileCpu { get; }

    /// <summary>Wall time minus the baseline scenario's wall time in the same round; null for a compile-only scenario.</summary>
    public Summary? ExtraWall { get; }

    /// <summary>
    /// The analyzer pass minus the baseline's analyzer pass in the same round (the whole pass when the
    /// baseline is compile only); null for a compile-only scenario. The analyzers run on their own copy of
    /// the compilation, so this is their wall-clock cost without the noise of the compile and emit phases.
    /// </summary>
    public Summary? ExtraAnalyzerPass { get; }

    /// <summary>The same as <see cref="ExtraAnalyzerPass"/> in process CPU time, which waiting for a core does not inflate.</summary>
    public Summary? ExtraAnalyzerPassCpu { get; }

    /// <summary>Analyzer ExecutionTime as a share of compile-only wall time (medians).</summary>
    public double? AnalyzerShare => CompileWall is { } c ? AnalyzerTime.Median / c.Median : null;

    /// <summary>The extra analyzer pass as a share of compile-only wall time (medians).</summary>
    public double? ExtraAnalyzerPassShare => CompileWall is { } c && ExtraAnalyzerPass is { } p ? p.Median / c.Median : null;

    /// <summary>The extra analyzer pass CPU time as a share of compile-only CPU time (medians).</summary>
    public double? ExtraAnalyzerPassCpuShare => CompileCpu is { } c && ExtraAnalyzerPassCpu is { } p ? p.Median / c.Median : null;

    /// <summary>Extra wall time as a share of compile-only wall time (medians).</summary>
    public double? ExtraWallShare => CompileWall is { } c && ExtraWall is { } d ? d.Median / c.Median : null;

    /// <summary>The analyzer diagnostics of the first measured run (every run reports the same).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Samples[0].AnalyzerDiagnostics;

    /// <summary>Per-round ratio of this scenario's analyzer time to another's, e.g. PolicyKit / BannedApiAnalyzers.</summary>
    public Summary AnalyzerTimeRatioTo(ScenarioResult other) => RatioTo(other, s => s.AnalyzerTime);

    /// <summary>Per-round ratio of this scenario's analyzer pass (wall) to another's.</summary>
    public Summary AnalyzerPassRatioTo(ScenarioResult other) => RatioTo(other, s => s.AnalyzerPhase);

    private Summary RatioTo(ScenarioResult other, Func<Sample, TimeSpan> time)
    {
        var theirs = other.Samples.ToDictionary(s => s.Round);
        return Summary.Of(Samples.Select(s => time(theirs[s.Round]) == TimeSpan.Zero ? double.NaN : time(s) / time(theirs[s.Round])));
    }

    private Summary Of(Func<Sample, TimeSpan> time) => Summary.Of(Samples.Select(s => time(s).TotalMilliseconds));
}
