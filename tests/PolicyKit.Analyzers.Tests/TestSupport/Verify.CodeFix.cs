using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace PolicyKit.Analyzers.Tests.TestSupport;

public static partial class Verify
{
    /// <summary>
    /// Verifies a code fix: the analyzer must report exactly what <paramref name="before"/> marks; the fix
    /// offered for the first marked diagnostic (or, with <paramref name="fixAll"/>, the fix-all provider over
    /// the document) must turn the source into <paramref name="after"/>; and the fixed source must compile,
    /// without analyzer exceptions and without the fixed diagnostics.
    /// </summary>
    /// <param name="before">The source with markup on the diagnostics to fix.</param>
    /// <param name="after">The expected source after the fix (plain; line endings are not compared).</param>
    /// <param name="equivalenceKey">Which of several offered fixes to apply; may be omitted when one is offered.</param>
    /// <param name="fixAll">Fix every marked diagnostic with the first one's id at once, through <see cref="CodeFixProvider.GetFixAllProvider"/>.</param>
    /// <param name="options">Configuration, additional files, output kind, prelude.</param>
    public static async Task CodeFixAsync<TAnalyzer, TCodeFix>(string before, string after, string? equivalenceKey = null, bool fixAll = false, TestOptions? options = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var fix = new TCodeFix();
        using var workspace = new AdhocWorkspace();
        var (project, document, fixable) = await AnalyzeForFixAsync(new TAnalyzer(), fix, before, options ?? TestOptions.Default, workspace);
        var first = fixable[0];
        var action = Choose(await OfferedFixesAsync(fix, document, first), equivalenceKey, first);
        if (fixAll)
        {
            var provider = fix.GetFixAllProvider() ?? throw new XunitException($"{fix.GetType().Name} has no fix-all provider.");
            var sameId = fixable.Where(d => d.Id == first.Id).ToImmutableArray();
            var context = new FixAllContext(document, fix, FixAllScope.Document, action.EquivalenceKey, new[] { first.Id },
                new KnownDiagnostics(sameId), CancellationToken.None);
            action = await provider.GetFixAsync(context) ?? throw new XunitException($"{fix.GetType().Name}'s fix-all provider offered no fix.");
        }

        var fixedText = (await (await ApplyAsync(action)).GetDocument(document.Id)!.GetTextAsync()).ToString();
        if (TextDiff.NormalizeLineEndings(fixedText) != TextDiff.NormalizeLineEndings(after))
        {
            throw new XunitException($"'{action.Title}' produced other code than expected (- expected only, + actual only):\n" + TextDiff.Lines(after, fixedText));
        }

        // The fixed code must compile, and what was fixed must be gone.
        var fixedProject = project.WithSource(fixedText);
        var rerun = await AnalysisRun.RunAsync(fixedProject.CreateCompilation(), ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), fixedProject.AnalyzerOptions);
        rerun.AssertCompiles();
        rerun.AssertNoAnalyzerExceptions();
        var countBefore = fixable.Count(d => d.Id == first.Id);
        var remaining = Fixable(rerun.AnalyzerDiagnostics, fix).Where(d => d.Id == first.Id).ToList();
        if (fixAll ? remaining.Count > 0 : remaining.Count >= countBefore)
        {
            throw new XunitException($"After '{action.Title}', {remaining.Count} of {countBefore} {first.Id} diagnostics remain:\n" +
                string.Join("\n", remaining.Select(d => DiagnosticText.Describe(d))));
        }
    }

    /// <summary>
    /// Verifies that the analyzer reports exactly what <paramref name="markup"/> marks, and that the code fix
    /// offers no fix titled <paramref name="title"/> (no fix at all when it is null) for any marked diagnostic.
    /// </summary>
    /// <param name="markup">The source with markup on diagnostics the fix can handle in general.</param>
    /// <param name="title">The title of the fix that must not be offered; null for "no fix at all".</param>
    /// <param name="options">Configuration, additional files, output kind, prelude.</param>
    public static async Task NoCodeFixAsync<TAnalyzer, TCodeFix>(string markup, string? title = null, TestOptions? options = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var fix = new TCodeFix();
        using var workspace = new AdhocWorkspace();
        var (_, document, fixable) = await AnalyzeForFixAsync(new TAnalyzer(), fix, markup, options ?? TestOptions.Default, workspace);
        foreach (var diagnostic in fixable)
        {
            var unwanted = (await OfferedFixesAsync(fix, document, diagnostic)).Where(a => title is null || a.Title == title).ToList();
            if (unwanted.Count > 0)
            {
                throw new XunitException($"{fix.GetType().Name} offers {Describe(unwanted)} for:\n{DiagnosticText.Describe(diagnostic)}");
            }
        }
    }

    /// <summary>Analyzes marked-up source in a workspace, with the same checks as <see cref="AnalyzerAsync{TAnalyzer}(string, TestOptions)"/>,
    /// and returns the test source's document and the diagnostics <paramref name="fix"/> can fix, in source order.</summary>
    private static async Task<(TestProject Project, Document Document, ImmutableArray<Diagnostic> Fixable)> AnalyzeForFixAsync(
        DiagnosticAnalyzer analyzer, CodeFixProvider fix, string markup, TestOptions options, Workspace workspace)
    {
        var (project, expected) = TestProject.FromMarkup(markup, options, DefaultId(analyzer));
        var document = project.AddTo(workspace);
        // The workspace's own compilation, so that diagnostic locations are in the document's syntax tree; the
        // workspace replaces the syntax tree options provider, so the test's configuration is put back.
        var compilation = (await document.Project.GetCompilationAsync())!.WithOptions(project.CompilationOptions);
        var run = await AnalysisRun.RunAsync(compilation, ImmutableArray.Create(analyzer), project.AnalyzerOptions);
        var fixable = Fixable(AssertMatches(analyzer, project, expected, run), fix);
        if (fixable.IsEmpty)
        {
            throw new XunitException($"The markup marks no diagnostic in the test source that {fix.GetType().Name} fixes ({string.Join(", ", fix.FixableDiagnosticIds)}).");
        }
        return (project, document, fixable);
    }

    private static ImmutableArray<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics, CodeFixProvider fix) =>
        diagnostics
            .Where(d => !d.IsSuppressed && fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree?.FilePath == TestProject.SourcePath)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();

    private static async Task<IReadOnlyList<CodeAction>> OfferedFixesAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static CodeAction Choose(IReadOnlyList<CodeAction> offered, string? equivalenceKey, Diagnostic diagnostic)
    {
        var candidates = equivalenceKey is null ? offered : offered.Where(a => a.EquivalenceKey == equivalenceKey).ToList();
        if (candidates.Count == 1) return candidates[0];
        var wanted = equivalenceKey is null ? "exactly one fix (pass an equivalence key to choose)" : $"one fix with equivalence key '{equivalenceKey}'";
        throw new XunitException($"Expected {wanted} for the diagnostic below; offered: {Describe(offered)}.\n{DiagnosticText.Describe(diagnostic)}");
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var changes = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().ToList();
        return changes.Count == 1
            ? changes[0].ChangedSolution
            : throw new XunitException($"'{action.Title}' should change the solution once, but has {changes.Count} ApplyChangesOperations.");
    }

    private static string Describe(IReadOnlyCollection<CodeAction> actions) =>
        actions.Count == 0 ? "no fix" : string.Join(", ", actions.Select(a => $"'{a.Title}' [key: {a.EquivalenceKey ?? "none"}]"));

    /// <summary>The diagnostics fix-all works through: those the verifier already has.</summary>
    private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>()); // project diagnostics have no source location; the test source has none

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
