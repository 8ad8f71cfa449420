using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>What analyzers reported on a compilation, and whether they threw. Makes no assertion by itself.</summary>
public sealed class AnalysisRun
{
    private AnalysisRun(ImmutableArray<Diagnostic> compilerDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics, ImmutableArray<string> analyzerExceptions)
    {
        CompilerDiagnostics = compilerDiagnostics;
        AnalyzerDiagnostics = analyzerDiagnostics;
        AnalyzerExceptions = analyzerExceptions;
    }

    /// <summary>The compiler's diagnostics; empty when the run was asked not to compile.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

    /// <summary>The analyzers' diagnostics with their configured severity, including suppressed ones
    /// (<see cref="Diagnostic.IsSuppressed"/>); those configured as <c>none</c> are not reported at all.</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    /// <summary>Every exception an analyzer threw (and every AD0001/AD0002 reported), as readable text.</summary>
    public ImmutableArray<string> AnalyzerExceptions { get; }

    /// <summary>Runs <paramref name="analyzers"/> on <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The compilation; it need not compile.</param>
    /// <param name="analyzers">The analyzers to run together.</param>
    /// <param name="options">Additional files and configured options.</param>
    /// <param name="includeCompilerDiagnostics">Also collect the compiler's diagnostics (costs a full compile).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<AnalysisRun> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options,
        bool includeCompilerDiagnostics = true, CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true, // the analyzers enable concurrent execution: let races show
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true)); // so that tests can tell "suppressed" from "never reported"
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        // The driver reports analyzer failures as AD0001 (an action threw) and AD0002 (a bad diagnostic, e.g. an
        // unsupported id); the callback above sees the exceptions, these ids cover what it might not.
        foreach (var failure in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            exceptions.Enqueue(failure.ToString());
        }
        var compilerDiagnostics = includeCompilerDiagnostics ? compilation.GetDiagnostics(cancellationToken) : ImmutableArray<Diagnostic>.Empty;
        return new AnalysisRun(compilerDiagnostics, diagnostics.Where(d => d.Id is not ("AD0001" or "AD0002")).ToImmutableArray(), exceptions.Distinct().ToImmutableArray());
    }

    /// <summary>Fails when an analyzer threw.</summary>
    public void AssertNoAnalyzerExceptions()
    {
        if (AnalyzerExceptions.IsEmpty) return;
        throw new XunitException($"An analyzer threw ({AnalyzerExceptions.Length}):\n" + string.Join("\n\n", AnalyzerExceptions));
    }

    /// <summary>Fails when the compiler reported an error, listing every error with its line.</summary>
    public void AssertCompiles()
    {
        var errors = CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0) return;
        throw new XunitException($"The test code does not compile ({errors.Count} errors):\n" +
            string.Join("\n", errors.Select(d => DiagnosticText.Describe(d))));
    }
}
