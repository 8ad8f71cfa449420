using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using PolicyKit.Package.Tests.Support;
using Xunit;

namespace PolicyKit.Package.Tests;

/// <summary>
/// samples/OrderService, a business app that references PolicyKit as a package from the local feed:
/// one deliberately unchecked export call, reported where a user sees it, and the checked version clean.
/// </summary>
[Collection(PackedCollection.Name)]
public sealed class OrderServiceSampleTests
{
    private const string UncheckedFile = "DesignSharing/PartnerDesignExchange.cs";
    private const string UncheckedCall = "_sftp.Upload(partner.DropFolder + revised.FileName, revised.Content);";
    private const string CommentedFix = "// _policy.EnsurePermitted(request);";
    private const string ExpectedMessage = "'SftpClient.Upload(string, byte[])' exports, but not every path to this call has a permitted policy check "
        + "(https://github.com/policykit/policykit/blob/main/docs/rules/PK0001.md)";

    private readonly PackageWorkspace _workspace;
    private readonly string _sample;

    public OrderServiceSampleTests(PackageWorkspace workspace)
    {
        _workspace = workspace;
        _sample = Path.Combine(workspace.Samples, "OrderService");
    }

    [Fact]
    public void Build_warns_PK0001_at_the_unchecked_upload_and_nowhere_else()
    {
        var build = _workspace.Build(_sample);

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        var (line, column) = Locate(UncheckedCall);
        var expected = new BuildDiagnostic(UncheckedFile, line, column, "warning", "PK0001", ExpectedMessage);
        Assert.True(build.Diagnostics.SequenceEqual(new[] { expected }),
            $"expected exactly: {expected}\nthe build printed:\n{build}");
        AssertRestoredFromTheFreshPackage();
    }

    [Theory]
    [InlineData("-p:TreatWarningsAsErrors=true")]
    [InlineData("-warnaserror:PK0001,PK0002,PK0004")]   // the README's CI gate
    public void As_a_gate_the_build_fails_on_PK0001(string gate)
    {
        var build = _workspace.Build(_sample, gate);

        Assert.True(build.Process.ExitCode != 0, "the build succeeded despite PK0001 as an error:\n" + build);
        var (line, column) = Locate(UncheckedCall);
        Assert.Equal(new[] { new BuildDiagnostic(UncheckedFile, line, column, "error", "PK0001", ExpectedMessage) }, build.Diagnostics);
    }

    [Fact]
    public void The_checked_version_builds_clean_with_warnings_as_errors_and_holds_the_revision()
    {
        var fixedSample = _workspace.CopySample("OrderService", "OrderService.Checked");
        var file = Path.Combine(fixedSample, UncheckedFile);
        var source = File.ReadAllText(file);
        Assert.Contains(CommentedFix, source);
        File.WriteAllText(file, source.Replace(CommentedFix, CommentedFix.Substring("// ".Length)));

        var build = _workspace.Build(fixedSample, "-p:TreatWarningsAsErrors=true");
        Assert.True(build.Process.ExitCode == 0 && build.Diagnostics.Count == 0, build.ToString());

        var run = _workspace.Dotnet(fixedSample, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("revision C held - LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (presumption of denial)", run.Output);
    }

    [Fact]
    public void The_sample_runs_on_the_packaged_rules_and_decides_by_date()
    {
        var build = _workspace.Build(_sample);
        Assert.True(build.Process.ExitCode == 0, build.ToString());

        var run = _workspace.Dotnet(_sample, "run", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Lines;
        Assert.Contains("order SO-20190515-CN: shipped - Permitted as of 2019-05-15: no rule applies", lines);
        Assert.Contains("order SO-20190517-CN: held - LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (presumption of denial)", lines);
        Assert.Contains("order SO-20190517-DE: shipped - Permitted as of 2019-05-17: no rule applies", lines);
        Assert.Contains("design antenna-mount.step to Huawei Technologies Co., Ltd.: held", lines);
        // What PK0001 warned about: without the check, revision C goes to a listed party.
        Assert.Contains("revision C pushed to Huawei Technologies Co., Ltd. without a check", lines);
    }

    private (int Line, int Column) Locate(string code)
    {
        var lines = File.ReadAllLines(Path.Combine(_sample, UncheckedFile));
        var index = Array.FindIndex(lines, l => l.Contains(code, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{UncheckedFile} no longer contains '{code}'");
        Assert.Equal(index, Array.FindLastIndex(lines, l => l.Contains(code, StringComparison.Ordinal)));
        return (index + 1, lines[index].IndexOf(code, StringComparison.Ordinal) + 1);
    }

    /// <summary>The PolicyKit in the isolated cache is byte for byte the package packed for this run.</summary>
    private void AssertRestoredFromTheFreshPackage()
    {
        var cached = Path.Combine(_workspace.NuGetCache, "policykit", _workspace.Version, $"policykit.{_workspace.Version}.nupkg.sha512");
        Assert.True(File.Exists(cached), $"PolicyKit {_workspace.Version} was not restored into the isolated cache {_workspace.NuGetCache}");
        var packed = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(_workspace.PolicyKitPackage)));
        Assert.Equal(packed, File.ReadAllText(cached).Trim());
    }
}
