using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>A diagnostic a test expects, in a file of the test project.</summary>
/// <param name="Id">The diagnostic id.</param>
/// <param name="Path">The file: the test source, or an additional file.</param>
/// <param name="Span">The span in that file's text.</param>
public readonly record struct ExpectedDiagnostic(string Id, string Path, TextSpan Span);

/// <summary>
/// The one description of a test compilation: its files, options and configuration. Both verifier paths
/// build from it: the analyzer path as a <see cref="CSharpCompilation"/>, the code-fix path as a workspace
/// project, so that both see the same code under the same options.
/// </summary>
internal sealed class TestProject
{
    /// <summary>Where the test files live: a rooted, platform-neutral directory, as in Roslyn's own tests.</summary>
    public const string Directory = "/0/";

    /// <summary>The path of the test source.</summary>
    public const string SourcePath = Directory + "Test0.cs";

    /// <summary>C# 11: the newest language version Roslyn 4.5 knows, so both suites compile the same language.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp11);

    private static readonly SourceText PreludeText = SourceText.From(Prelude.Source);

    private readonly TestOptions _options;
    private readonly TestConfiguration _configuration;

    private TestProject(string source, TestOptions options, ImmutableArray<AdditionalText> additionalFiles, TestConfiguration configuration)
    {
        _options = options;
        _configuration = configuration;
        Source = SourceText.From(source);
        AdditionalFiles = additionalFiles;
        CompilationOptions = new CSharpCompilationOptions(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable)
            .WithSyntaxTreeOptionsProvider(configuration.SyntaxTreeOptions);
        AnalyzerOptions = new AnalyzerOptions(additionalFiles, configuration.AnalyzerOptions);
    }

    /// <summary>The test source (without markup).</summary>
    public SourceText Source { get; }

    /// <summary>The additional files (without markup).</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    /// <summary>Nullable enabled, the test's output kind, and the test's severities.</summary>
    public CSharpCompilationOptions CompilationOptions { get; }

    /// <summary>The additional files and configured options, as analyzers see them.</summary>
    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary>A project from plain source: no markup is read.</summary>
    public static TestProject Create(string source, TestOptions options) =>
        new(source, options,
            options.AdditionalFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(Rooted(file.Path), SourceText.From(file.Text))).ToImmutableArray(),
            TestConfiguration.Parse(options.EditorConfig, Directory));

    /// <summary>A project from marked-up source and additional files, and the diagnostics the markup expects.</summary>
    /// <param name="markup">The test source with markup.</param>
    /// <param name="options">The test options; additional files may carry markup too.</param>
    /// <param name="defaultId">The id of <c>[|...|]</c> spans.</param>
    public static (TestProject Project, ImmutableArray<ExpectedDiagnostic> Expected) FromMarkup(string markup, TestOptions options, string? defaultId)
    {
        var expected = ImmutableArray.CreateBuilder<ExpectedDiagnostic>();
        var source = Parse(markup, SourcePath);
        var additionalFiles = options.AdditionalFiles
            .Select(file =>
            {
                var path = Rooted(file.Path);
                return (AdditionalText)new InMemoryAdditionalText(path, SourceText.From(Parse(file.Text, path)));
            })
            .ToImmutableArray();
        var project = new TestProject(source, options, additionalFiles, TestConfiguration.Parse(options.EditorConfig, Directory));
        return (project, expected.ToImmutable());

        string Parse(string text, string path)
        {
            var parsed = Markup.Parse(text, defaultId);
            expected.AddRange(parsed.Spans.Select(span => new ExpectedDiagnostic(span.Id, path, span.Span)));
            return parsed.Text;
        }
    }

    /// <summary>The same project with another test source (e.g. after a code fix).</summary>
    public TestProject WithSource(string source) => new(source, _options, AdditionalFiles, _configuration);

    /// <summary>Parses a source file as the test compilation does.</summary>
    public static SyntaxTree ParseSyntaxTree(SourceText text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>The source files: the test source, then the prelude unless the test opted out.</summary>
    public IEnumerable<(string Path, SourceText Text)> SourceFiles()
    {
        yield return (SourcePath, Source);
        if (_options.IncludePrelude) yield return (Directory + Prelude.FileName, PreludeText);
    }

    /// <summary>The compilation of <see cref="SourceFiles"/> against <see cref="TestReferences.All"/>.</summary>
    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create("TestProject",
            SourceFiles().Select(file => ParseSyntaxTree(file.Text, file.Path)),
            TestReferences.All,
            CompilationOptions);

    /// <summary>The same project in a workspace (for code fixes); returns the test source's document.</summary>
    public Document AddTo(Workspace workspace)
    {
        var projectId = ProjectId.CreateNewId("TestProject");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject",
            LanguageNames.CSharp, compilationOptions: CompilationOptions, parseOptions: ParseOptions, metadataReferences: TestReferences.All));
        DocumentId? sourceId = null;
        foreach (var (path, text) in SourceFiles())
        {
            var id = DocumentId.CreateNewId(projectId, path);
            sourceId ??= id;
            solution = solution.AddDocument(id, Path.GetFileName(path), text, filePath: path);
        }
        foreach (var file in AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, file.Path), Path.GetFileName(file.Path), file.GetText()!, filePath: file.Path);
        }
        if (_configuration.Path is { } configPath)
        {
            // So that code fixes see the configuration too (end_of_line, indent_size, …), as in the IDE.
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, configPath), Path.GetFileName(configPath),
                SourceText.From(_configuration.Text!), filePath: configPath);
        }
        return solution.GetDocument(sourceId!)!;
    }

    /// <summary>The text of a file of this project, for messages; null when the path is not one of its files.</summary>
    public SourceText? TextAt(string path) =>
        SourceFiles().Where(file => file.Path == path).Select(file => file.Text)
            .Concat(AdditionalFiles.Where(file => file.Path == path).Select(file => file.GetText()!))
            .FirstOrDefault();

    private static string Rooted(string path) => path.StartsWith("/", StringComparison.Ordinal) ? path : Directory + path;
}
