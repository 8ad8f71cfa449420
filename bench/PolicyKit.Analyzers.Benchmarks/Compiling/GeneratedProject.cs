using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PolicyKit.Analyzers.Benchmarks.Generation;

namespace PolicyKit.Analyzers.Benchmarks.Compiling;

/// <summary>
/// A generated code base parsed once, with the references and options of a <c>dotnet build</c> of a
/// net10.0 class library (Debug, nullable enabled). <see cref="CreateCompilation"/> starts from scratch
/// every time, so no bound tree or symbol of the source survives between measurements; reference
/// metadata is shared, as it is in the compiler server.
/// </summary>
internal sealed class GeneratedProject
{
    private readonly CSharpCompilationOptions _options;
    private readonly Lazy<int> _methodCount;

    public GeneratedProject(GeneratedCodeBase codeBase, bool concurrentBuild)
    {
        CodeBase = codeBase;
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        // With an encoding, like files read from disk; the compiler needs it to emit the PDB's source checksums.
        Trees = codeBase.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path)).ToImmutableArray();
        // The net10.0 build of PolicyKit, as a net10.0 application would reference it.
        References = codeBase.Api.ReferencesPolicyKit
            ? FrameworkReferences.Value.Add(MetadataReference.CreateFromFile(typeof(ExportPolicy).Assembly.Location))
            : FrameworkReferences.Value;
        _options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithDeterministic(true)
            .WithConcurrentBuild(concurrentBuild);
        _methodCount = new(() => Trees.Sum(t => t.GetRoot().DescendantNodes()
            .Count(n => n is BaseMethodDeclarationSyntax m && (m.Body ?? (SyntaxNode?)m.ExpressionBody) is not null)));
    }

    public GeneratedCodeBase CodeBase { get; }
    public ImmutableArray<SyntaxTree> Trees { get; }
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>Methods, constructors and operators with a body (interface members have none): the base of the export-call share.</summary>
    public int MethodCount => _methodCount.Value;

    public CSharpCompilation CreateCompilation() => CSharpCompilation.Create("Acme.Generated", Trees, References, _options);

    /// <summary>The SDK's net10.0 reference assemblies, loaded once for all compilations.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        Directory.GetFiles(BenchEnvironment.FrameworkReferenceDirectory, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());
}
