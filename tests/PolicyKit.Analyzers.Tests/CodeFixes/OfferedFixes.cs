using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Analyzers.Tests.TestSupport;

namespace PolicyKit.Analyzers.Tests.CodeFixes;

/// <summary>
/// What a code fix offers, title and equivalence key, for each diagnostic the analyzer reports in the test
/// source (<see cref="Verify.CodeFixAsync{TAnalyzer, TCodeFix}"/> checks what a fix does, this what it says),
/// and the exact text a fix produces, line endings included.
/// </summary>
internal static class OfferedFixes
{
    /// <summary>The offers for each fixable diagnostic, in source order; markup is removed and not compared.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<(string Title, string? Key)>>> ForEachDiagnosticAsync<TAnalyzer, TCodeFix>(string markup, TestOptions? options = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        var offers = await OffersAsync<TAnalyzer, TCodeFix>(markup, options, workspace);
        return offers.Select(o => (IReadOnlyList<(string, string?)>)o.Actions.Select(a => (a.Title, a.EquivalenceKey)).ToList()).ToList();
    }

    /// <summary>
    /// The exact text after the first fix offered for the first diagnostic: unlike
    /// <see cref="Verify.CodeFixAsync{TAnalyzer, TCodeFix}"/>, line endings count.
    /// </summary>
    public static async Task<string> FixedTextAsync<TAnalyzer, TCodeFix>(string markup, TestOptions? options = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        var offers = await OffersAsync<TAnalyzer, TCodeFix>(markup, options, workspace);
        var (document, actions) = offers.First(o => o.Actions.Count > 0);
        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private static async Task<List<(Document Document, IReadOnlyList<CodeAction> Actions)>> OffersAsync<TAnalyzer, TCodeFix>(
        string markup, TestOptions? options, Workspace workspace)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var analyzer = new TAnalyzer();
        var fix = new TCodeFix();
        var (project, _) = TestProject.FromMarkup(markup, options ?? TestOptions.Default, Verify.DefaultId(analyzer));
        var document = project.AddTo(workspace);
        var compilation = (await document.Project.GetCompilationAsync())!.WithOptions(project.CompilationOptions);
        var run = await AnalysisRun.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), project.AnalyzerOptions);
        run.AssertCompiles();
        run.AssertNoAnalyzerExceptions();

        var result = new List<(Document, IReadOnlyList<CodeAction>)>();
        foreach (var diagnostic in run.AnalyzerDiagnostics
                     .Where(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree?.FilePath == TestProject.SourcePath)
                     .OrderBy(d => d.Location.SourceSpan.Start))
        {
            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            result.Add((document, actions));
        }
        return result;
    }
}
