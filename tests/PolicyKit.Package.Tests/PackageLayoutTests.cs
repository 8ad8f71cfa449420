using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using PolicyKit.Analyzers.Tests.TestSupport;
using PolicyKit.Package.Tests.Support;
using Xunit;

namespace PolicyKit.Package.Tests;

/// <summary>The packed PolicyKit package, opened with System.IO.Compression and read file by file.</summary>
[Collection(PackedCollection.Name)]
public sealed class PackageLayoutTests
{
    private const string RepositoryUrl = "https://github.com/policykit/policykit";
    private readonly PackageWorkspace _workspace;
    private readonly PackageArchive _package;

    public PackageLayoutTests(PackageWorkspace workspace)
    {
        _workspace = workspace;
        _package = new PackageArchive(workspace.PolicyKitPackage);
    }

    [Fact]
    public void Holds_the_library_for_both_frameworks_the_analyzers_the_readme_and_the_licence()
    {
        Assert.Equal(new[]
        {
            "LICENSE",
            "README.md",
            "analyzers/dotnet/cs/PolicyKit.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/PolicyKit.Analyzers.dll",
            "buildTransitive/PolicyKit.targets",
            "lib/net10.0/PolicyKit.dll",
            "lib/net10.0/PolicyKit.xml",
            "lib/netstandard2.0/PolicyKit.dll",
            "lib/netstandard2.0/PolicyKit.xml",
        }, _package.ContentFiles);
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf("README.md")), _package.Read("README.md"));
        foreach (var framework in new[] { "net10.0", "netstandard2.0" })
        {
            // IntelliSense for the guard API comes from these files.
            var docs = XDocument.Parse(System.Text.Encoding.UTF8.GetString(_package.Read($"lib/{framework}/PolicyKit.xml")).TrimStart('\uFEFF'));
            var members = docs.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet();
            Assert.Contains("M:PolicyKit.ExportPolicy.EnsurePermitted(PolicyKit.ExportRequest)", members);
            Assert.Contains("T:PolicyKit.ExportFunctionAttribute", members);
        }
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf("LICENSE")), _package.Read("LICENSE"));
    }

    [Fact]
    public void Nuspec_names_the_version_licence_readme_repository_commit_and_only_real_dependencies()
    {
        Assert.Equal("PolicyKit", _package.Metadata("id"));
        Assert.Equal(_workspace.Version, _package.Metadata("version"));
        Assert.Equal("README.md", _package.Metadata("readme"));
        var licence = _package.MetadataElement("license")!;
        Assert.Equal(("expression", "MIT"), ((string?)licence.Attribute("type"), licence.Value));

        var repository = _package.MetadataElement("repository")!;
        Assert.Equal(RepositoryUrl, (string?)repository.Attribute("url"));
        Assert.Equal(GitHead(), (string?)repository.Attribute("commit"));

        // The analyzers travel inside the package: no dependency on them, and netstandard2.0 needs only System.Text.Json.
        var groups = _package.MetadataElement("dependencies")!.Elements()
            .ToDictionary(g => (string)g.Attribute("targetFramework")!, g => g.Elements().Select(d => (string)d.Attribute("id")!).ToArray());
        Assert.Equal(new[] { ".NETStandard2.0", "net10.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(groups["net10.0"]);
        Assert.Equal(new[] { "System.Text.Json" }, groups[".NETStandard2.0"]);
    }

    [Theory]
    [InlineData("lib/net10.0/PolicyKit.dll", ".NETCoreApp,Version=v10.0")]
    [InlineData("lib/netstandard2.0/PolicyKit.dll", ".NETStandard,Version=v2.0")]
    [InlineData("analyzers/dotnet/cs/PolicyKit.Analyzers.dll", ".NETStandard,Version=v2.0")]
    [InlineData("analyzers/dotnet/cs/PolicyKit.Analyzers.CodeFixes.dll", ".NETStandard,Version=v2.0")]
    public void Every_assembly_carries_the_one_version_and_its_target_framework(string file, string targetFramework)
    {
        var assembly = new AssemblyFacts(_package.Read(file));
        Assert.Equal(targetFramework, assembly.TargetFramework);
        // "0.1.0+<commit>": the version from Directory.Build.props, the commit from Source Link.
        Assert.Equal($"{_workspace.Version}+{GitHead()}", assembly.InformationalVersion);
    }

    [Fact]
    public void Analyzers_are_built_against_Roslyn_4_5_and_only_the_code_fixes_use_Workspaces()
    {
        var analyzers = new AssemblyFacts(_package.Read("analyzers/dotnet/cs/PolicyKit.Analyzers.dll"));
        var codeFixes = new AssemblyFacts(_package.Read("analyzers/dotnet/cs/PolicyKit.Analyzers.CodeFixes.dll"));

        // A reference above 4.5.0.0 would stop the analyzer loading in Visual Studio 2022 17.5 and the .NET 8 SDK.
        Assert.Equal(new Version(4, 5, 0, 0), analyzers.References["Microsoft.CodeAnalysis"]);
        Assert.Equal(new Version(4, 5, 0, 0), codeFixes.References["Microsoft.CodeAnalysis.Workspaces"]);
        foreach (var (name, version) in analyzers.References.Concat(codeFixes.References).Where(r => r.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
        {
            Assert.True(version <= new Version(4, 5, 0, 0), $"{name} {version} is newer than Roslyn 4.5.0");
        }
        Assert.DoesNotContain(analyzers.References.Keys, name => name.Contains("Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain("PolicyKit", analyzers.References.Keys);   // the analyzer must not load the library it checks
    }

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void Library_is_deterministic_and_its_symbols_are_source_linked_to_the_commit(string framework)
    {
        var assembly = new AssemblyFacts(_package.Read($"lib/{framework}/PolicyKit.dll"));
        var symbols = new PackageArchive(_workspace.PolicyKitSymbols);
        var pdb = PdbFacts.Read(symbols.Read($"lib/{framework}/PolicyKit.pdb"));

        Assert.True(assembly.IsReproducible, "the assembly has no Reproducible debug directory entry: not a deterministic build");
        Assert.Equal(assembly.PdbId, pdb.Id);
        AssertSourceLinked(pdb);
    }

    [Theory]
    [InlineData("PolicyKit.Analyzers.dll")]
    [InlineData("PolicyKit.Analyzers.CodeFixes.dll")]
    public void Analyzer_assemblies_are_deterministic_and_embed_source_linked_symbols(string file)
    {
        var assembly = new AssemblyFacts(_package.Read("analyzers/dotnet/cs/" + file));
        Assert.True(assembly.IsReproducible, "the assembly has no Reproducible debug directory entry: not a deterministic build");
        Assert.NotNull(assembly.EmbeddedPdb);
        AssertSourceLinked(assembly.EmbeddedPdb!);
    }

    [Fact]
    public void Building_the_library_again_elsewhere_gives_byte_identical_assemblies()
    {
        var elsewhere = Path.Combine(_workspace.Root, "rebuild-elsewhere");
        var rebuild = _workspace.Dotnet(RepositoryFiles.Root, "build", RepositoryFiles.PathOf("src", "PolicyKit", "PolicyKit.csproj"),
            "-c", "Release", "-nologo", "-tl:off", "-v:q", "-nodeReuse:false", "--artifacts-path", elsewhere);
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());

        foreach (var framework in new[] { "net10.0", "netstandard2.0" })
        {
            var rebuilt = File.ReadAllBytes(Path.Combine(elsewhere, "bin", "PolicyKit", $"release_{framework}", "PolicyKit.dll"));
            Assert.True(rebuilt.AsSpan().SequenceEqual(_package.Read($"lib/{framework}/PolicyKit.dll")),
                $"lib/{framework}/PolicyKit.dll differs when built in another directory: the build is not deterministic");
        }
    }

    [Fact]
    public void The_cli_is_a_dotnet_tool_named_policykit()
    {
        var tool = new PackageArchive(_workspace.CliPackage);
        Assert.Equal("PolicyKit.Cli", tool.Metadata("id"));
        Assert.Equal(_workspace.Version, tool.Metadata("version"));
        Assert.Equal("DotnetTool", (string?)tool.MetadataElement("packageTypes")!.Elements().Single().Attribute("name"));
        var settings = XDocument.Parse(System.Text.Encoding.UTF8.GetString(tool.Read("tools/net10.0/any/DotnetToolSettings.xml")).TrimStart('\uFEFF'));
        var command = settings.Descendants("Command").Single();
        Assert.Equal(("policykit", "PolicyKit.Cli.dll"), ((string?)command.Attribute("Name"), (string?)command.Attribute("EntryPoint")));
        Assert.Contains("tools/net10.0/any/PolicyKit.dll", tool.ContentFiles);
        Assert.Contains("README.md", tool.ContentFiles);
    }

    [Fact]
    public void Every_sample_references_the_version_being_packed()
    {
        var references = Directory.EnumerateFiles(RepositoryFiles.PathOf("samples"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference")
                .Where(r => (string?)r.Attribute("Include") == "PolicyKit")
                .Select(r => (Project: Path.GetFileName(project), Version: (string?)r.Attribute("Version"))))
            .ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(r.Version == _workspace.Version,
            $"{r.Project} references PolicyKit {r.Version}, but Directory.Build.props sets {_workspace.Version}: update the sample"));
    }

    private static void AssertSourceLinked(PdbFacts pdb)
    {
        Assert.NotNull(pdb.SourceLink);
        using var json = JsonDocument.Parse(pdb.SourceLink!);
        var map = json.RootElement.GetProperty("documents").EnumerateObject().Single();
        Assert.Equal("/_/*", map.Name);
        Assert.Equal($"https://raw.githubusercontent.com/policykit/policykit/{GitHead()}/*", map.Value.GetString());
        // Every source path is mapped (/_/ the checkout, /_1/ generated files): no path of the machine that built it.
        Assert.All(pdb.Documents, document => Assert.Matches(@"^/_\d*/", document));
    }

    private static string GitHead()
    {
        var result = ToolProcess.Run("git", new[] { "rev-parse", "HEAD" }, RepositoryFiles.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim();
    }
}
