using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>
/// Verifies analyzers and code fixes on marked-up C# 11 source. Every verification fails (with a readable
/// message) when the code does not compile, when an analyzer throws, or when the analyzer's diagnostics
/// differ from the markup: <c>[|text|]</c> for the analyzer's first supported id, <c>{|PK0005:text|}</c>
/// for an explicit one (see <see cref="Markup"/>). Source is compiled with <see cref="Prelude"/> unless
/// <see cref="TestOptions.IncludePrelude"/> is false.
/// </summary>
public static partial class Verify
{
    /// <summary>Verifies that <typeparamref name="TAnalyzer"/> reports exactly what <paramref name="markup"/> marks.</summary>
    /// <param name="markup">The test source with markup.</param>
    /// <param name="additionalFiles">Additional files (path, text); their text may carry markup too.</param>
    /// <returns>Every diagnostic the analyzer reported, suppressed ones included, for further assertions (e.g. on severity).</returns>
    public static Task<ImmutableArray<Diagnostic>> AnalyzerAsync<TAnalyzer>(string markup, params (string path, string text)[] additionalFiles)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzerAsync<TAnalyzer>(markup, TestOptions.Default with { AdditionalFiles = additionalFiles });

    /// <summary>Verifies <typeparamref name="TAnalyzer"/> under an <c>.editorconfig</c> (see <see cref="TestOptions.EditorConfig"/>).</summary>
    /// <param name="markup">The test source with markup.</param>
    /// <param name="editorConfig">The configuration, e.g. <c>dotnet_diagnostic.PK0001.severity = error</c>.</param>
    /// <param name="additionalFiles">Additional files (path, text); their text may carry markup too.</param>
    /// <returns>Every diagnostic the analyzer reported, suppressed ones included.</returns>
    public static Task<ImmutableArray<Diagnostic>> AnalyzerAsync<TAnalyzer>(string markup, string editorConfig, params (string path, string text)[] additionalFiles)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzerAsync<TAnalyzer>(markup, TestOptions.Default with { EditorConfig = editorConfig, AdditionalFiles = additionalFiles });

    /// <summary>Verifies that <typeparamref name="TAnalyzer"/> reports exactly what the markup marks, in the source and the additional files.</summary>
    /// <param name="markup">The test source with markup.</param>
    /// <param name="options">Configuration, additional files, output kind, prelude.</param>
    /// <returns>Every diagnostic the analyzer reported, suppressed ones included.</returns>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzerAsync<TAnalyzer>(string markup, TestOptions options)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var analyzer = new TAnalyzer();
        var (project, expected) = TestProject.FromMarkup(markup, options, DefaultId(analyzer));
        var run = await AnalysisRun.RunAsync(project.CreateCompilation(), ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), project.AnalyzerOptions);
        return AssertMatches(analyzer, project, expected, run);
    }

    /// <summary>
    /// Runs analyzers on plain source that need not compile, and asserts nothing: for robustness tests and
    /// for checks the markup cannot express. See <see cref="AnalysisRun.AssertNoAnalyzerExceptions"/>.
    /// </summary>
    /// <param name="source">The source (no markup is read).</param>
    /// <param name="options">Configuration, additional files, output kind, prelude.</param>
    /// <param name="analyzers">The analyzers to run together.</param>
    public static Task<AnalysisRun> RunAsync(string source, TestOptions options, params DiagnosticAnalyzer[] analyzers)
    {
        var project = TestProject.Create(source, options);
        return AnalysisRun.RunAsync(project.CreateCompilation(), analyzers.ToImmutableArray(), project.AnalyzerOptions);
    }

    /// <summary>The id of <c>[|...|]</c> markup: the analyzer's first supported id.</summary>
    public static string DefaultId(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics[0].Id;

    /// <summary>The checks every verification makes; returns the analyzer's diagnostics.</summary>
    private static ImmutableArray<Diagnostic> AssertMatches(DiagnosticAnalyzer analyzer, TestProject project, IReadOnlyList<ExpectedDiagnostic> expected, AnalysisRun run)
    {
        run.AssertCompiles();
        run.AssertNoAnalyzerExceptions();
        var supported = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var reported = run.AnalyzerDiagnostics.Where(d => supported.Contains(d.Id)).ToImmutableArray();
        var mismatch = DiagnosticText.Compare(analyzer.GetType().Name, expected, reported.Where(d => !d.IsSuppressed).ToList(), project.TextAt);
        if (mismatch is not null) throw new XunitException(mismatch);
        return reported;
    }
}
