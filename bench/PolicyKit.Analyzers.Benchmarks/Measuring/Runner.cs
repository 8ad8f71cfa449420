using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace PolicyKit.Analyzers.Benchmarks.Measuring;

/// <summary>
/// Measures scenarios in interleaved rounds: every round compiles every scenario once, in an order that
/// rotates from round to round. On a shared, noisy machine a slow stretch then hits all scenarios
/// alike instead of one, and each analyzer run can be compared with the compile-only run of its own round.
/// </summary>
internal sealed class Runner
{
    private readonly int _warmups;
    private readonly int _runs;
    private readonly bool _concurrentAnalysis;
    private readonly TextWriter _progress;

    public Runner(int warmups, int runs, bool concurrentAnalysis, TextWriter progress)
    {
        _warmups = warmups;
        _runs = runs;
        _concurrentAnalysis = concurrentAnalysis;
        _progress = progress;
    }

    public async Task<IReadOnlyDictionary<Scenario, IReadOnlyList<Sample>>> RunAsync(IReadOnlyList<Scenario> scenarios)
    {
        var samples = scenarios.ToDictionary(s => s, _ => new List<Sample>());
        for (var round = -_warmups; round < _runs; round++)
        {
            var label = round < 0 ? $"warm-up {round + _warmups + 1}/{_warmups}" : $"run {round + 1}/{_runs}";
            var offset = (round % scenarios.Count + scenarios.Count) % scenarios.Count;
            foreach (var scenario in scenarios.Skip(offset).Concat(scenarios.Take(offset)))
            {
                var sample = await MeasureAsync(scenario, Math.Max(round, 0)).ConfigureAwait(false);
                _progress.WriteLine($"  {label,-12} {scenario.Name,-46} {sample.Wall.TotalSeconds,7:0.000} s  analyzer pass {sample.AnalyzerPhase.TotalSeconds,6:0.000} s  analyzer time {sample.AnalyzerTime.TotalMilliseconds,8:0.0} ms");
                if (round >= 0) samples[scenario].Add(sample);
            }
        }
        return samples.ToDictionary(p => p.Key, p => (IReadOnlyList<Sample>)p.Value);
    }

    /// <summary>
    /// Compiles once: compiler diagnostics, then (with analyzers) the analyzer pass, then emit. The
    /// compile-only scenario runs exactly the same steps minus the analyzer pass, so the difference is
    /// the analyzers' whole cost. The analyzer pass uses <c>GetAnalysisResultAsync</c> because, in Roslyn
    /// 5.9, <c>GetAllDiagnosticsAsync</c> records no execution time (the telemetry then reads zero, and
    /// asking for it afterwards reruns every analyzer).
    /// </summary>
    private async Task<Sample> MeasureAsync(Scenario scenario, int round)
    {
        // Start every measurement with a clean heap, so that no run pays for the previous run's garbage.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var compilation = scenario.Project.CreateCompilation();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var stopwatch = Stopwatch.StartNew();
        var compilerDiagnostics = compilation.GetDiagnostics();
        var compilerPhase = stopwatch.Elapsed;
        var cpuBeforeAnalysis = Environment.CpuUsage.TotalTime;

        var analysis = scenario.Analyzers is null ? null : await AnalyzeAsync(compilation, scenario).ConfigureAwait(false);
        var analyzerPhase = stopwatch.Elapsed - compilerPhase;
        var analyzerPhaseCpu = Environment.CpuUsage.TotalTime - cpuBeforeAnalysis;

        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var emit = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var emitPhase = stopwatch.Elapsed - compilerPhase - analyzerPhase;
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;

        var errors = compilerDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).Distinct().ToList();
        if (!emit.Success || errors.Count > 0)
        {
            throw new InvalidOperationException($"{scenario.Name}: the generated code does not compile ({errors.Count} errors):\n  "
                + string.Join("\n  ", errors.Take(10)));
        }
        var analyzerTime = TimeSpan.Zero;
        foreach (var analyzer in scenario.Measured)
        {
            analyzerTime += analysis!.AnalyzerTelemetryInfo[analyzer].ExecutionTime;
        }
        return new Sample(round, compilerPhase, analyzerPhase, emitPhase, cpu, analyzerPhaseCpu, analyzerTime,
            analysis?.GetAllDiagnostics() ?? [],
            compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    private async Task<AnalysisResult> AnalyzeAsync(Compilation compilation, Scenario scenario)
    {
        var analyzers = scenario.Analyzers!;
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(analyzers.AdditionalFiles),
            onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: _concurrentAnalysis,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var result = await compilation.WithAnalyzers(analyzers.Analyzers, options).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            // Reported, not fatal: an analyzer that throws at scale is itself a finding (AD0001 is counted too).
            _progress.WriteLine($"  ! {scenario.Name}: {failures.Count} analyzer exception(s), first: {failures[0]}");
        }
        return result;
    }
}
