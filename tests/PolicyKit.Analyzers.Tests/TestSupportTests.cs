using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;
using Xunit.Sdk;

namespace PolicyKit.Analyzers.Tests;

/// <summary>
/// The harness must be able to fail: each way a verification can go wrong is provoked here with tiny
/// analyzers and a code fix of the tests' own, so that a passing rule test means something.
/// </summary>
public sealed class TestSupportTests
{
    // ---- markup --------------------------------------------------------------------------------

    [Fact]
    public void Markup_yields_clean_text_and_spans_with_default_and_explicit_ids()
    {
        var parsed = Markup.Parse("a [|bc|] d {|X1:e[|f|]|} g", "D1");

        Assert.Equal("a bc d ef g", parsed.Text);
        Assert.Equal(new[]
        {
            new MarkedSpan("D1", new TextSpan(2, 2)),
            new MarkedSpan("X1", new TextSpan(7, 2)),
            new MarkedSpan("D1", new TextSpan(8, 1)),
        }, parsed.Spans);
    }

    [Theory]
    [InlineData("class C {\n  [|int x; }", "line 2, column 3", "never closed")]
    [InlineData("class C { int x;|] }", "line 1, column 17", "closes nothing")]
    [InlineData("class C { {|int x;|} }", "line 1, column 11", "diagnostic id")]
    [InlineData("class C { {|PK 1:int x;|} }", "line 1, column 11", "diagnostic id")]
    [InlineData("class C { [|int x;|} }", "line 1, column 19", "cannot close")]
    public void Malformed_markup_is_rejected_with_its_position(string markup, string position, string problem)
    {
        var error = Assert.Throws<FormatException>(() => Markup.Parse(markup, "D1"));

        Assert.Contains(position, error.Message);
        Assert.Contains(problem, error.Message);
    }

    // ---- analyzer verification -----------------------------------------------------------------

    [Fact]
    public Task Passes_when_the_reports_match_the_markup() => Verify.AnalyzerAsync<WordAnalyzer>("""
        class C { void M() { Shipping.Log([|"TODO"|]); Shipping.Log({|TEST0002:"FIXME"|}); Shipping.Log("fine"); } }
        """);

    [Fact]
    public async Task Fails_when_an_expected_diagnostic_is_not_reported()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C
            {
                void M() { Shipping.Log([|"fine"|]); }
            }
            """));

        Assert.Contains("Expected but not reported", failure.Message);
        Assert.Contains("Test0.cs(3,29)-(3,35): TEST0001", failure.Message);
        Assert.Contains("void M() { Shipping.Log(\"fine\"); }", failure.Message); // the source line
        Assert.DoesNotContain("Reported but not expected", failure.Message);
    }

    [Fact]
    public async Task Fails_when_an_unexpected_diagnostic_is_reported()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() { Shipping.Log("TODO"); } }
            """));

        Assert.Contains("Reported but not expected", failure.Message);
        Assert.Contains("Test0.cs(1,35)-(1,41): warning TEST0001", failure.Message);
        Assert.Contains("message: Found TODO", failure.Message);
    }

    [Fact]
    public async Task Fails_when_the_span_or_the_id_differs()
    {
        var wrongSpan = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() { Shipping.Log("[|TODO|]"); } }
            """));
        var wrongId = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() { Shipping.Log({|TEST0002:"TODO"|}); } }
            """));

        foreach (var failure in new[] { wrongSpan, wrongId })
        {
            Assert.Contains("Expected but not reported", failure.Message);
            Assert.Contains("Reported but not expected", failure.Message);
        }
    }

    [Fact]
    public async Task Fails_when_a_diagnostic_is_reported_twice_but_expected_once()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() { Shipping.Log([|"TWICE"|]); } }
            """));

        Assert.Contains("expected 1, reported 2", failure.Message);
    }

    [Fact]
    public async Task Fails_when_the_source_does_not_compile_and_names_the_error_and_line()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C
            {
                void M() { Shipping.Log(undefined); }
            }
            """));

        Assert.Contains("does not compile", failure.Message);
        Assert.Contains("Test0.cs(3,29)", failure.Message);
        Assert.Contains("CS0103", failure.Message);
    }

    [Fact]
    public async Task Fails_when_the_analyzer_throws_and_shows_the_exception()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<ThrowingAnalyzer>("""
            class C { }
            """));

        Assert.Contains("ThrowingAnalyzer threw", failure.Message);
        Assert.Contains("analyzer bug on purpose", failure.Message);
    }

    [Fact]
    public async Task RunAsync_reports_without_asserting_on_code_that_does_not_compile()
    {
        var run = await Verify.RunAsync("class C { void M() { Shipping.Log(\"TODO\" ", TestOptions.Default, new ThrowingAnalyzer(), new WordAnalyzer());

        Assert.Contains(run.CompilerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(run.AnalyzerExceptions, e => e.Contains("analyzer bug on purpose"));
        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "TEST0001");
        Assert.Throws<XunitException>(run.AssertNoAnalyzerExceptions);
        Assert.Throws<XunitException>(run.AssertCompiles);
    }

    // ---- compilation ---------------------------------------------------------------------------

    [Fact]
    public async Task Test_code_is_CSharp_11_with_nullable_enabled_and_sees_PolicyKit_and_dotnet_10()
    {
        var run = await Verify.RunAsync(""""
            class C
            {
                string M() { string? s = null; return s; }           // CS8603 only when nullable is enabled
                ExportPolicy P() => ExportPolicy.CreateDefault();     // PolicyKit.dll, net10.0 build
                object T() => TimeProvider.System;                   // .NET 8+
                static int Raw() => """raw""".Length;                 // C# 11
            }
            """", TestOptions.Default, new WordAnalyzer());

        Assert.DoesNotContain(run.CompilerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(run.CompilerDiagnostics, d => d.Id == "CS8603");
    }

    [Fact]
    public async Task A_CSharp_12_feature_does_not_compile()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class Primary(int x) { public int X => x; }
            """));

        Assert.Contains("does not compile", failure.Message);
    }

    [Fact]
    public async Task The_prelude_can_be_left_out()
    {
        var options = TestOptions.Default with { IncludePrelude = false };

        await Verify.AnalyzerAsync<WordAnalyzer>("""class C { string M() => [|"TODO"|]; }""", options);
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() => Shipping.Log("fine"); }
            """, options));
        Assert.Contains("CS0103", failure.Message);
    }

    [Fact]
    public Task Top_level_statements_compile_as_a_console_application() => Verify.AnalyzerAsync<WordAnalyzer>("""
        Shipping.Log([|"TODO"|]);
        """, TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    // ---- configuration and suppression ---------------------------------------------------------

    [Theory]
    [InlineData("dotnet_diagnostic.TEST0001.severity = none")]                 // global configuration
    [InlineData("root = true\n[*.cs]\ndotnet_diagnostic.TEST0001.severity = none")] // .editorconfig section
    public async Task Severity_none_in_the_configuration_silences_a_diagnostic(string editorConfig)
    {
        const string Source = """class C { void M() => Shipping.Log("TODO"); }""";
        await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>(Source)); // reported without it

        var reported = await Verify.AnalyzerAsync<WordAnalyzer>(Source, editorConfig);

        Assert.Empty(reported);
    }

    [Fact]
    public async Task Severity_error_in_the_configuration_raises_a_diagnostic()
    {
        var reported = await Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() => Shipping.Log([|"TODO"|]); }
            """, "[*.cs]\ndotnet_diagnostic.TEST0001.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(reported).Severity);
    }

    [Fact]
    public async Task A_section_for_other_files_does_not_apply()
    {
        var reported = await Verify.AnalyzerAsync<WordAnalyzer>("""
            class C { void M() => Shipping.Log([|"TODO"|]); }
            """, "[*.vb]\ndotnet_diagnostic.TEST0001.severity = none");

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(reported).Severity);
    }

    [Fact]
    public async Task Suppressed_diagnostics_are_not_expected_in_markup_but_are_returned_as_suppressed()
    {
        var reported = await Verify.AnalyzerAsync<WordAnalyzer>("""
            class C
            {
            #pragma warning disable TEST0001
                void M() => Shipping.Log("TODO");
            #pragma warning restore TEST0001
                void N() => Shipping.Log([|"TODO"|]);
            }
            """);

        Assert.Equal(new[] { true, false }, reported.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.IsSuppressed));
    }

    [Theory]
    [InlineData("[*.cs]\nend_of_line = crlf")]
    [InlineData("end_of_line = crlf")] // global configuration
    public async Task Code_fixes_see_the_configuration_in_their_workspace(string editorConfig)
    {
        var project = TestProject.Create("class C { }", TestOptions.Default with { EditorConfig = editorConfig });
        using var workspace = new AdhocWorkspace();

        var document = project.AddTo(workspace);

        var tree = (await document.GetSyntaxTreeAsync())!;
        Assert.True(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("end_of_line", out var value));
        Assert.Equal("crlf", value);
    }

    // ---- additional files ----------------------------------------------------------------------

    [Fact]
    public Task Markup_in_additional_files_expects_diagnostics_there() => Verify.AnalyzerAsync<WordAnalyzer>(
        "class C { }",
        ("notes.txt", "fine\n  {|TEST0003:bad|} # and\n{|TEST0003:bad|}"));

    [Fact]
    public async Task A_missing_diagnostic_in_an_additional_file_is_shown_with_file_and_line()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>(
            "class C { }",
            ("notes.txt", "fine\n{|TEST0003:good|}")));

        Assert.Contains("notes.txt(2,1)-(2,5): TEST0003", failure.Message);
        Assert.Contains("2 | good", failure.Message);
    }

    [Fact]
    public async Task An_unexpected_diagnostic_in_an_additional_file_is_shown_with_its_line()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<WordAnalyzer>(
            "class C { }",
            ("notes.txt", "fine\nbad")));

        Assert.Contains("notes.txt(2,1)-(2,4): warning TEST0003", failure.Message);
        Assert.Contains("2 | bad", failure.Message);
    }

    // ---- code fixes ----------------------------------------------------------------------------

    [Fact]
    public Task Code_fix_is_applied_to_the_first_marked_diagnostic() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
        """class C { void M() { Shipping.Log([|"TODO"|]); Shipping.Log([|"TODO"|]); } }""",
        """class C { void M() { Shipping.Log("done"); Shipping.Log("TODO"); } }""",
        equivalenceKey: WordCodeFix.Done);

    [Fact]
    public Task Fix_all_fixes_every_marked_diagnostic() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
        """class C { void M() { Shipping.Log([|"TODO"|]); Shipping.Log([|"TODO"|]); } }""",
        """class C { void M() { Shipping.Log("later"); Shipping.Log("later"); } }""",
        equivalenceKey: WordCodeFix.Later, fixAll: true);

    [Fact]
    public async Task Code_fix_with_other_output_fails_with_a_line_diff()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            "class C\n{\n    void M() => Shipping.Log([|\"TODO\"|]);\n}\n",
            "class C\n{\n    void M() => Shipping.Log(\"later\");\n}\n",
            equivalenceKey: WordCodeFix.Done));

        Assert.Contains("-    3 |     void M() => Shipping.Log(\"later\");", failure.Message);
        Assert.Contains("+      |     void M() => Shipping.Log(\"done\");", failure.Message);
        Assert.Contains("     1 | class C", failure.Message);
    }

    [Fact]
    public async Task Code_fix_comparison_ignores_line_endings_only()
    {
        await Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            "class C\r\n{\r\n    void M() => Shipping.Log([|\"TODO\"|]);\r\n}\r\n",
            "class C\n{\n    void M() => Shipping.Log(\"done\");\n}\n",
            equivalenceKey: WordCodeFix.Done);
        await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            "class C { void M() => Shipping.Log([|\"TODO\"|]); }",
            "class C { void M() => Shipping.Log(\"done\");  }",
            equivalenceKey: WordCodeFix.Done));
    }

    [Fact]
    public async Task Code_fix_needs_an_equivalence_key_when_several_fixes_are_offered()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            """class C { void M() => Shipping.Log([|"TODO"|]); }""",
            """class C { void M() => Shipping.Log("done"); }"""));

        Assert.Contains("pass an equivalence key", failure.Message);
        Assert.Contains("'Replace with \"done\"' [key: done]", failure.Message);
    }

    [Fact]
    public async Task Code_fix_whose_output_does_not_compile_fails()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            """class C { void M() => Shipping.Log([|"TODO"|]); }""",
            """class C { void M() => Shipping.Log(undefined); }""",
            equivalenceKey: WordCodeFix.Broken));

        Assert.Contains("does not compile", failure.Message);
    }

    [Fact]
    public async Task Code_fix_that_leaves_the_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            """class C { void M() => Shipping.Log([|"TODO"|]); }""",
            """class C { void M() => Shipping.Log("TODO"); }""",
            equivalenceKey: WordCodeFix.Same));

        Assert.Contains("1 of 1 TEST0001 diagnostics remain", failure.Message);
    }

    [Fact]
    public async Task Code_fix_verification_checks_the_markup_first()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.CodeFixAsync<WordAnalyzer, WordCodeFix>(
            """class C { void M() => Shipping.Log("TODO"); }""",
            """class C { void M() => Shipping.Log("done"); }""",
            equivalenceKey: WordCodeFix.Done));

        Assert.Contains("Reported but not expected", failure.Message);
    }

    [Fact]
    public async Task No_code_fix_passes_only_when_the_title_is_not_offered()
    {
        const string Source = """class C { void M() => Shipping.Log([|"TODO"|]); }""";

        await Verify.NoCodeFixAsync<WordAnalyzer, WordCodeFix>(Source, "Delete the program");
        var offered = await Assert.ThrowsAsync<XunitException>(() => Verify.NoCodeFixAsync<WordAnalyzer, WordCodeFix>(Source, "Replace with \"done\""));
        var any = await Assert.ThrowsAsync<XunitException>(() => Verify.NoCodeFixAsync<WordAnalyzer, WordCodeFix>(Source));

        Assert.Contains("WordCodeFix offers 'Replace with \"done\"' [key: done] for:", offered.Message);
        Assert.Contains("'Replace with \"later\"'", any.Message);
    }
}

/// <summary>
/// Reports string literals: <c>"TODO"</c> (TEST0001), <c>"FIXME"</c> (TEST0002), <c>"TWICE"</c> (TEST0001,
/// twice), and the word <c>bad</c> at the start of a line's text in any additional file (TEST0003).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class WordAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Todo = new("TEST0001", "Todo", "Found TODO", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
    private static readonly DiagnosticDescriptor Fixme = new("TEST0002", "Fixme", "Found FIXME", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
    private static readonly DiagnosticDescriptor Bad = new("TEST0003", "Bad", "Found bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Todo, Fixme, Bad);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(c =>
        {
            var literal = (LiteralExpressionSyntax)c.Node;
            switch (literal.Token.ValueText)
            {
                case "TODO": c.ReportDiagnostic(Diagnostic.Create(Todo, literal.GetLocation())); break;
                case "FIXME": c.ReportDiagnostic(Diagnostic.Create(Fixme, literal.GetLocation())); break;
                case "TWICE":
                    c.ReportDiagnostic(Diagnostic.Create(Todo, literal.GetLocation()));
                    c.ReportDiagnostic(Diagnostic.Create(Todo, literal.GetLocation()));
                    break;
            }
        }, SyntaxKind.StringLiteralExpression);
        context.RegisterCompilationAction(c =>
        {
            foreach (var file in c.Options.AdditionalFiles)
            {
                var text = file.GetText(c.CancellationToken)!;
                foreach (var line in text.Lines)
                {
                    var content = line.ToString();
                    var start = content.Length - content.TrimStart().Length;
                    if (!content.AsSpan(start).StartsWith("bad".AsSpan(), StringComparison.Ordinal)) continue;
                    var span = new TextSpan(line.Start + start, 3);
                    c.ReportDiagnostic(Diagnostic.Create(Bad, Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span))));
                }
            }
        });
    }
}

/// <summary>Throws from a syntax tree action, as a buggy analyzer would.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("TEST0009", "Never", "Never", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("analyzer bug on purpose"));
    }
}

/// <summary>Fixes TEST0001 four ways: two good fixes, one that breaks compilation, one that changes nothing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
internal sealed class WordCodeFix : CodeFixProvider
{
    public const string Done = "done", Later = "later", Broken = "broken", Same = "same";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TEST0001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        var literal = root.FindNode(context.Span, getInnermostNodeForTie: true);
        foreach (var (key, replacement) in new[]
        {
            (Done, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("done"))),
            (Later, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("later"))),
            (Broken, (ExpressionSyntax)SyntaxFactory.IdentifierName("undefined")),
            (Same, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("TODO"))),
        })
        {
            var title = key is Done or Later ? $"Replace with \"{key}\"" : $"Replace ({key})";
            context.RegisterCodeFix(CodeAction.Create(title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement.WithTriviaFrom(literal)))), key),
                context.Diagnostics);
        }
    }
}
