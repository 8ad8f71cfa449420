using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers.Benchmarks.Compiling;

/// <summary>
/// The C# analyzers of some analyzer assemblies, found the way the compiler finds them
/// (<see cref="AnalyzerFileReference"/>: every type marked [DiagnosticAnalyzer] for C#), plus the
/// additional files they read. Both PolicyKit's and BannedApiAnalyzers' sets are loaded by this one path.
/// </summary>
internal sealed class AnalyzerSet
{
    private static readonly DefaultContextLoader Loader = new();

    private AnalyzerSet(string name, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> additionalFiles)
    {
        Name = name;
        Analyzers = analyzers;
        AdditionalFiles = additionalFiles;
    }

    public string Name { get; }
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    /// <summary>The analyzers' type names, for the report.</summary>
    public string Describe() => string.Join(", ", Analyzers.Select(a => a.GetType().Name).Order(StringComparer.Ordinal));

    /// <summary>Both sets in one compilation, as in a project that references both packages.</summary>
    public AnalyzerSet Plus(AnalyzerSet other) =>
        new($"{Name} + {other.Name}", Analyzers.AddRange(other.Analyzers), AdditionalFiles.AddRange(other.AdditionalFiles));

    /// <summary>PolicyKit's analyzers: whatever the referenced PolicyKit.Analyzers assembly exports today.</summary>
    public static AnalyzerSet PolicyKit() =>
        Load("PolicyKit analyzers", [typeof(DiagnosticIds).Assembly.Location], []);

    /// <summary>BannedApiAnalyzers from its package, with <c>BannedSymbols.txt</c> as an additional file.</summary>
    public static AnalyzerSet BannedApi(string bannedSymbols) =>
        Load("BannedApiAnalyzers", Directory.GetFiles(BenchEnvironment.BannedApiAnalyzersDirectory, "*.dll").Order(StringComparer.Ordinal),
            [new InMemoryAdditionalText("BannedSymbols.txt", bannedSymbols)]);

    private static AnalyzerSet Load(string name, IEnumerable<string> assemblyPaths, ImmutableArray<AdditionalText> additionalFiles)
    {
        var paths = assemblyPaths.ToList();
        foreach (var path in paths) Loader.AddDependencyLocation(path);
        var failures = new List<string>();
        var analyzers = paths.SelectMany(path =>
        {
            var reference = new AnalyzerFileReference(path, Loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(path)}: {e.ErrorCode} {e.TypeName} {e.Message}");
            return reference.GetAnalyzers(LanguageNames.CSharp);
        }).ToImmutableArray();
        if (failures.Count > 0) throw new InvalidOperationException($"{name}: analyzers failed to load:\n  " + string.Join("\n  ", failures));
        if (analyzers.IsEmpty) throw new InvalidOperationException($"{name}: no C# analyzer found in {string.Join(", ", paths)}.");
        return new AnalyzerSet(name, analyzers, additionalFiles);
    }

    /// <summary>
    /// Loads analyzer assemblies into the default context, so that they share Microsoft.CodeAnalysis with
    /// the harness (the analyzer is built against Roslyn 4.5 and binds to the harness's newer Roslyn), and
    /// resolves their private dependencies (BannedApiAnalyzers' C# assembly needs its core assembly) from
    /// the folders they were loaded from.
    /// </summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        private readonly ConcurrentDictionary<string, string> _dependencies = new(StringComparer.OrdinalIgnoreCase);

        public DefaultContextLoader() =>
            AssemblyLoadContext.Default.Resolving += (context, name) =>
                name.Name is { } simpleName && _dependencies.TryGetValue(simpleName, out var path) ? context.LoadFromAssemblyPath(path) : null;

        public void AddDependencyLocation(string fullPath) => _dependencies[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>An additional file (AdditionalFiles item) held in memory.</summary>
    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
