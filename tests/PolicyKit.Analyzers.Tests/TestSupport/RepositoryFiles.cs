using System;
using System.IO;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>Files of the repository the tests check against (docs, release tracking, README).</summary>
public static class RepositoryFiles
{
    /// <summary>The directory holding PolicyKit.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a repository-relative path given in segments.</summary>
    public static string PathOf(params string[] segments) => Path.Combine(Root, Path.Combine(segments));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No PolicyKit.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
    }
}
