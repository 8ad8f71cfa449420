using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;
using Xunit.Sdk;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>
/// In the IDE analyzers run on code as it is typed, which mostly does not compile. Every analyzer must
/// survive every prefix of real code: cut after each token and at each line end, all four run together.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new UncheckedExportCallAnalyzer(), new DiscardedCheckAnalyzer(), new AmbientClockAnalyzer(), new ExportFunctionAsDelegateAnalyzer());

    private static readonly TestOptions Options = TestOptions.Default with
    {
        AdditionalFiles = new[] { ("PolicyKit.ExportFunctions.txt", RealisticCode.ExportFunctions) },
    };

    public static TheoryData<string> Files => new() { nameof(RealisticCode.OrderService), nameof(RealisticCode.FileShare), nameof(RealisticCode.CustomRules), nameof(RealisticCode.Guards) };

    private static string Source(string name) => name switch
    {
        nameof(RealisticCode.OrderService) => RealisticCode.OrderService,
        nameof(RealisticCode.FileShare) => RealisticCode.FileShare,
        nameof(RealisticCode.CustomRules) => RealisticCode.CustomRules,
        nameof(RealisticCode.Guards) => RealisticCode.Guards,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_whole_file_compiles_and_no_analyzer_throws(string name)
    {
        var run = await Verify.RunAsync(Source(name), Options, Analyzers.ToArray());

        run.AssertCompiles(); // so that the prefixes below are prefixes of real code
        run.AssertNoAnalyzerExceptions();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task No_analyzer_throws_on_any_prefix(string name)
    {
        var source = Source(name);
        var project = TestProject.Create(source, Options);
        // One compilation, with its references bound once; each prefix only swaps the test source's tree.
        var whole = project.CreateCompilation();
        var tree = whole.SyntaxTrees.Single(t => t.FilePath == TestProject.SourcePath);
        var failures = new ConcurrentBag<(int Cut, string Exceptions)>();

        await Parallel.ForEachAsync(Cuts(tree), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (cut, cancellationToken) =>
        {
            var prefix = TestProject.ParseSyntaxTree(SourceText.From(source.Substring(0, cut)), TestProject.SourcePath);
            var run = await AnalysisRun.RunAsync(whole.ReplaceSyntaxTree(tree, prefix), Analyzers, project.AnalyzerOptions,
                includeCompilerDiagnostics: false, cancellationToken);
            if (!run.AnalyzerExceptions.IsEmpty) failures.Add((cut, string.Join("\n", run.AnalyzerExceptions)));
        });

        if (failures.IsEmpty) return;
        var first = failures.OrderBy(f => f.Cut).Take(3).Select(f => $"--- cut after '{Tail(source, f.Cut)}' (offset {f.Cut}):\n{f.Exceptions}");
        throw new XunitException($"Analyzers threw on {failures.Count} prefixes of {name}; the first:\n" + string.Join("\n", first));
    }

    /// <summary>Every token's end and every line's end, without duplicates.</summary>
    private static IEnumerable<int> Cuts(SyntaxTree tree)
    {
        var text = tree.GetText();
        return tree.GetRoot().DescendantTokens().Select(token => token.Span.End)
            .Concat(text.Lines.Select(line => line.End))
            .Where(cut => cut > 0 && cut < text.Length)
            .Distinct()
            .OrderBy(cut => cut)
            .ToList();
    }

    private static string Tail(string source, int cut)
    {
        var start = Math.Max(0, cut - 60);
        return source.Substring(start, cut - start).Replace("\n", "⏎");
    }
}
