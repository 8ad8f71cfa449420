using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Package.Tests.Support;

/// <summary>
/// A temporary workspace laid out like the repository: <c>artifacts/packages</c> (the local feed, packed
/// fresh from this checkout), <c>samples/</c> (a copy of the repository's samples, whose nuget.config
/// points at that feed) and an isolated NuGet cache, so no stale PolicyKit from the user's global
/// cache can stand in for the one just packed. Created once for all tests in <see cref="PackedCollection"/>.
/// </summary>
public sealed class PackageWorkspace : IDisposable
{
    public PackageWorkspace()
    {
        Version = ReadVersion();
        Root = Directory.CreateTempSubdirectory("policykit-e2e-").FullName;
        Feed = Path.Combine(Root, "artifacts", "packages");
        Samples = Path.Combine(Root, "samples");
        NuGetCache = Path.Combine(Root, "nuget-packages");

        // Built outside the checkout (--artifacts-path), so the pack neither reads nor disturbs bin/ and obj/.
        Pack("src/PolicyKit/PolicyKit.csproj");
        Pack("src/PolicyKit.Cli/PolicyKit.Cli.csproj");
        CopyDirectory(RepositoryFiles.PathOf("samples"), Samples);
    }

    /// <summary>The package version, from the one place it is set (Directory.Build.props).</summary>
    public string Version { get; }

    /// <summary>The workspace directory; deleted at the end unless POLICYKIT_KEEP_E2E=1.</summary>
    public string Root { get; }

    /// <summary>The local folder feed holding the freshly packed packages.</summary>
    public string Feed { get; }

    /// <summary>The copy of the repository's samples directory.</summary>
    public string Samples { get; }

    /// <summary>The isolated NuGet global packages folder every consumer build restores into.</summary>
    public string NuGetCache { get; }

    /// <summary>The PolicyKit package.</summary>
    public string PolicyKitPackage => Path.Combine(Feed, $"PolicyKit.{Version}.nupkg");

    /// <summary>The PolicyKit symbol package.</summary>
    public string PolicyKitSymbols => Path.Combine(Feed, $"PolicyKit.{Version}.snupkg");

    /// <summary>The policykit dotnet tool package.</summary>
    public string CliPackage => Path.Combine(Feed, $"PolicyKit.Cli.{Version}.nupkg");

    /// <summary>Runs dotnet with the isolated NuGet cache.</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ToolProcess.Run("dotnet", arguments, workingDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetCache });

    /// <summary>
    /// Builds the project in <paramref name="projectDirectory"/> (restoring from the workspace's feed into
    /// the isolated cache) and returns what the build printed, with its diagnostics parsed.
    /// </summary>
    public BuildResult Build(string projectDirectory, params string[] extraArguments)
    {
        // --no-incremental: an up-to-date build skips the compiler and would print no diagnostics at all.
        var arguments = new List<string> { "build", "--no-incremental", "-nologo", "-tl:off", "-v:q", "-nodeReuse:false" };
        arguments.AddRange(extraArguments);
        return new BuildResult(Dotnet(projectDirectory, arguments.ToArray()), projectDirectory);
    }

    /// <summary>Copies a directory of the workspace's samples (without bin/ and obj/) to a new name, for a variant.</summary>
    public string CopySample(string sample, string copyName)
    {
        var target = Path.Combine(Samples, copyName);
        CopyDirectory(Path.Combine(Samples, sample), target);
        return target;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("POLICYKIT_KEEP_E2E") == "1") return;
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a build server may still hold a file; the OS cleans temp */ }
        catch (UnauthorizedAccessException) { }
    }

    private void Pack(string project)
    {
        var result = ToolProcess.Run("dotnet",
            new[] { "pack", RepositoryFiles.PathOf(project), "-c", "Release", "-nologo", "-tl:off", "-nodeReuse:false",
                    "--artifacts-path", Path.Combine(Root, "build"), "-o", Feed },
            RepositoryFiles.Root);
        if (result.ExitCode != 0) throw new InvalidOperationException($"Packing {project} failed:\n{result}");
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props"));
        return props.Descendants("VersionPrefix").Single().Value.Trim();
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj")) continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>The tests that share one packed workspace (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackageWorkspace>
{
    public const string Name = "packed packages";
}
