using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>The metadata references of every test compilation: .NET 10 and PolicyKit.</summary>
/// <remarks>
/// Basic.Reference.Assemblies 1.8.15 carries net472, netstandard2.0 and net8.0 reference assemblies only,
/// and depends on Microsoft.CodeAnalysis 4.11, which the Roslyn 4.5 suite cannot load. PolicyKit.dll
/// (net10.0) references System.Runtime 10.0.0.0, so net8.0 references would fail with CS1705. The test
/// host's own runtime assemblies are .NET 10, so test code compiles against those instead.
/// </remarks>
public static class TestReferences
{
    /// <summary>The runtime's framework assemblies (not the test host's other dependencies) and PolicyKit.dll.
    /// Built once: <see cref="MetadataReference"/> objects cache their symbols across compilations.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Create();

    /// <summary>The PolicyKit library the tests compile against (its net10.0 build).</summary>
    public static string PolicyKitPath => typeof(ExportPolicy).Assembly.Location;

    private static ImmutableArray<MetadataReference> Create()
    {
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("The host does not list its trusted platform assemblies.");
        // The trusted list also holds the test host's packages (xunit, Roslyn, …); test code sees only the framework.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal);
        return framework.Append(PolicyKitPath)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
