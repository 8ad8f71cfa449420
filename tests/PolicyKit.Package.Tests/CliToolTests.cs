using System;
using System.IO;
using PolicyKit.Analyzers.Tests.TestSupport;
using PolicyKit.Package.Tests.Support;
using Xunit;

namespace PolicyKit.Package.Tests;

/// <summary>The policykit dotnet tool, installed from the local feed as a user would install it.</summary>
[Collection(PackedCollection.Name)]
public sealed class CliToolTests
{
    private readonly PackageWorkspace _workspace;

    public CliToolTests(PackageWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void Installs_from_the_feed_and_runs_as_policykit()
    {
        var tools = Path.Combine(_workspace.Root, "tools");
        var install = _workspace.Dotnet(_workspace.Root, "tool", "install", "PolicyKit.Cli", "--version", _workspace.Version,
            "--tool-path", tools, "--add-source", _workspace.Feed);
        Assert.True(install.ExitCode == 0, install.ToString());

        var check = ToolProcess.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "policykit.exe" : "policykit"),
            new[] { "check", "--party", "Huawei Technologies Co., Ltd.", "--country", "CN", "--item", "EAR99", "--date", "2019-05-17" },
            _workspace.Root);

        Assert.Equal(3, check.ExitCode);   // 3: not permitted
        Assert.Equal("LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (presumption of denial)",
            check.Output.Trim());
    }
}
