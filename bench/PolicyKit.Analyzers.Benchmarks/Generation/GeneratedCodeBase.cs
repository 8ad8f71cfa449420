using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>One generated source file.</summary>
/// <param name="Path">The path in the generated project, also the syntax tree's path.</param>
/// <param name="Text">The source text.</param>
/// <param name="Lines">The number of lines.</param>
/// <param name="WrittenMethods">Methods written through <see cref="CodeWriter.Method(string, string, string)"/> and
/// friends: the export quota's basis during generation (the report counts declarations in the syntax trees).</param>
internal sealed record GeneratedFile(string Path, string Text, int Lines, int WrittenMethods)
{
    public static GeneratedFile From(CodeWriter writer) => new(writer.Path, writer.ToString(), writer.NextLineNumber - 1, writer.MethodCount);
}

/// <summary>A diagnostic an analyzer should report on the generated code: its id, file and line, and the guard style that caused it.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Path, int Line, string Style);

/// <summary>One call of an export function, with the guard style written around it.</summary>
internal sealed record ExportCallSite(string Path, int Line, GuardStyle Style);

/// <summary>The generated code base: its files, where the export calls are, and what each analyzer should report.</summary>
internal sealed class GeneratedCodeBase
{
    public GeneratedCodeBase(GuardApi api, IReadOnlyList<GeneratedFile> files, IReadOnlyList<ExportCallSite> callSites, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Api = api;
        Files = files;
        CallSites = callSites;
        Expected = expected;
    }

    public GuardApi Api { get; }
    public IReadOnlyList<GeneratedFile> Files { get; }
    public IReadOnlyList<ExportCallSite> CallSites { get; }

    /// <summary>Every diagnostic the analyzers should report, by id (PK0001, PK0002, RS0030).</summary>
    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public int LineCount => Files.Sum(f => f.Lines);
    public int NonBlankLineCount => Files.Sum(f => f.Text.Split('\n').Count(l => l.Trim().Length > 0));
    public int CheckedCalls => CallSites.Count(c => c.Style.IsChecked);
    public int UncheckedCalls => CallSites.Count(c => !c.Style.IsChecked);

    /// <summary>Writes every file, and BannedSymbols.txt, under <paramref name="folder"/>.</summary>
    public void SaveTo(string folder)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        File.WriteAllText(Path.Combine(folder, "BannedSymbols.txt"), BannedSymbolsText());
    }

    /// <summary>BannedSymbols.txt banning every export function, in BannedApiAnalyzers' documented format (<c>id;message</c>).</summary>
    public string BannedSymbolsText() => string.Concat(ExportFunction.All.Select(f =>
        $"{f.DocumentationId(Api)};Export function: check the export policy first\n"));
}
