using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>What ships with the rules: documentation pages, release tracking, and an assembly that loads without Workspaces.</summary>
public sealed class RuleMetadataTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(UncheckedExportCallAnalyzer).Assembly;

    /// <summary>Every analyzer the assembly exports to compilers.</summary>
    private static readonly IReadOnlyList<DiagnosticAnalyzer> AllAnalyzers = AnalyzerAssembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToList();

    private static readonly IReadOnlyList<DiagnosticDescriptor> AllDescriptors = AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();

    private static string RepositoryRoot => RepositoryFiles.Root;

    [Fact]
    public void The_four_analyzers_report_PK0001_to_PK0005()
    {
        Assert.Equal(new[] { "AmbientClockAnalyzer", "DiscardedCheckAnalyzer", "ExportFunctionAsDelegateAnalyzer", "UncheckedExportCallAnalyzer" },
            AllAnalyzers.Select(a => a.GetType().Name));
        Assert.Equal(new[] { "PK0001", "PK0002", "PK0003", "PK0004", "PK0005" }, AllDescriptors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_help_link_names_an_existing_rule_page()
    {
        var problems = new List<string>();
        foreach (var descriptor in AllDescriptors)
        {
            if (!descriptor.HelpLinkUri.EndsWith($"docs/rules/{descriptor.Id}.md", StringComparison.Ordinal))
                problems.Add($"{descriptor.Id}: help link '{descriptor.HelpLinkUri}' does not end with docs/rules/{descriptor.Id}.md");
            if (!File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md")))
                problems.Add($"{descriptor.Id}: docs/rules/{descriptor.Id}.md does not exist");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_supported_id_is_in_the_release_tracking_files()
    {
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .Select(file => Path.Combine(RepositoryRoot, "analyzers", "PolicyKit.Analyzers", file))
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(line => line.Split('|')[0].Trim())
            .ToHashSet(StringComparer.Ordinal);

        var missing = AllDescriptors.Select(d => d.Id).Distinct().Where(id => !tracked.Contains(id)).ToList();

        Assert.True(missing.Count == 0, "Not in AnalyzerReleases.Shipped.md or Unshipped.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_analyzer_assembly_does_not_reference_Workspaces_or_a_Roslyn_newer_than_4_5()
    {
        var references = AnalyzerAssembly.GetReferencedAssemblies();

        // Workspaces is not loaded by the command-line compiler (RS1038): the analyzers would fail to load there.
        Assert.DoesNotContain(references, r => r.Name!.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal) && r.Name.Contains("Workspaces"));
        // The analyzer must load in every host from Roslyn 4.5 (VS 2022 17.5) on.
        var roslyn = Assert.Single(references, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.True(roslyn.Version <= new Version(4, 5, 0, 0), $"The analyzer references Microsoft.CodeAnalysis {roslyn.Version}.");
    }
}
