using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PolicyKit.Analyzers.Tests.TestSupport;
using PolicyKit.Package.Tests.Support;
using Xunit;

namespace PolicyKit.Package.Tests;

/// <summary>
/// samples/LegacyErpAddOn, a .NET Framework 4.7.2 add-on in C# 7.3: it must pick the package's
/// netstandard2.0 build, run on a .NET Framework runtime (Mono on Linux, the real one on Windows) and
/// get the analyzer like any other project.
/// </summary>
[Collection(PackedCollection.Name)]
public sealed class NetFrameworkConsumerTests
{
    private const string Framework = "net472";   // the assets file keys targets by the project's framework alias
    private readonly PackageWorkspace _workspace;
    private readonly string _sample;

    public NetFrameworkConsumerTests(PackageWorkspace workspace)
    {
        _workspace = workspace;
        _sample = Path.Combine(workspace.Samples, "LegacyErpAddOn");
    }

    [Fact]
    public void Builds_clean_against_the_netstandard2_0_library_with_warnings_as_errors()
    {
        var build = _workspace.Build(_sample, "-p:TreatWarningsAsErrors=true");
        Assert.True(build.Process.ExitCode == 0 && build.Diagnostics.Count == 0, build.ToString());

        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(_sample, "obj", "project.assets.json")));
        var library = assets.RootElement.GetProperty("targets").GetProperty(Framework).GetProperty($"PolicyKit/{_workspace.Version}");
        Assert.Equal(new[] { "lib/netstandard2.0/PolicyKit.dll" }, library.GetProperty("compile").EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "lib/netstandard2.0/PolicyKit.dll" }, library.GetProperty("runtime").EnumerateObject().Select(p => p.Name));

        var copied = File.ReadAllBytes(Path.Combine(_sample, "bin", "Debug", "net472", "PolicyKit.dll"));
        Assert.True(copied.AsSpan().SequenceEqual(new PackageArchive(_workspace.PolicyKitPackage).Read("lib/netstandard2.0/PolicyKit.dll")),
            "the add-on's PolicyKit.dll is not the package's netstandard2.0 build");
    }

    [Fact]
    public void Runs_on_a_NET_Framework_runtime()
    {
        var build = _workspace.Build(_sample);
        Assert.True(build.Process.ExitCode == 0, build.ToString());
        var exe = Path.Combine(_sample, "bin", "Debug", "net472", "LegacyErpAddOn.exe");

        var run = OperatingSystem.IsWindows()
            ? ToolProcess.Run(exe, Array.Empty<string>(), _sample)
            : ToolProcess.Run(Mono(), new[] { exe }, _sample);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[]
        {
            "DN-4711 posted: Permitted as of 2019-05-15: no rule applies",
            "DN-4712 blocked: LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (presumption of denial)",
            "runtime: mscorlib, PolicyKit built for .NETStandard,Version=v2.0",
        }, run.Lines.Where(l => l.Length > 0));
    }

    [Fact]
    public void The_analyzer_runs_in_a_NET_Framework_project_too()
    {
        var probe = _workspace.CopySample("LegacyErpAddOn", "LegacyErpAddOn.Unchecked");
        File.WriteAllText(Path.Combine(probe, "ManualPosting.cs"), """
            using PolicyKit;

            namespace Contoso.Erp.ExportHook
            {
                public static class ManualPosting
                {
                    [ExportFunction]
                    public static void Post(ExportRequest request) { }

                    public static void PostWithoutCheck(ExportRequest request)
                    {
                        Post(request);
                    }
                }
            }
            """);

        var build = _workspace.Build(probe);

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "warning PK0001 at ManualPosting.cs(12,13)" }, build.Diagnostics.Select(d => d.Where));
    }

    private static string Mono()
    {
        var mono = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "mono"))
            .FirstOrDefault(File.Exists);
        Assert.True(mono is not null,
            "Running the .NET Framework add-on off Windows needs Mono: install Debian's mono-runtime and mono-devel (.ci/run does).");
        return mono!;
    }
}
