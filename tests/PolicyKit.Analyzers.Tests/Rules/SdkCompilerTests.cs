using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>
/// The analyzer inside a real <c>dotnet build</c>: the SDK's own compiler loads the assembly built
/// against Roslyn 4.5.0 and prints PK0001 where a user would see it. (The suite's other tests host the
/// analyzer in-process on the Roslyn of their project, so PolicyKit.Analyzers.Tests.Current leaves this one out.)
/// </summary>
public sealed class SdkCompilerTests
{
    private const string Orders = """
        using PolicyKit;

        public sealed class Carrier
        {
            [ExportFunction] public void Ship(ExportRequest request) { }
        }

        public sealed class OrderService
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();
            private readonly Carrier _carrier = new Carrier();

            public void ShipChecked(ExportRequest request)
            {
                _policy.EnsurePermitted(request);
                _carrier.Ship(request);
            }

            public void ShipUnchecked(ExportRequest request)
            {
                _carrier.Ship(request);
            }
        }
        """;

    [Fact]
    public void Dotnet_build_reports_PK0001_at_the_unchecked_call_only()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "policykit-sdk-" + Guid.NewGuid().ToString("N")));
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "Orders.cs"), Orders);
            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="PolicyKit" HintPath="{TestReferences.PolicyKitPath}" />
                    <Analyzer Include="{typeof(UncheckedExportCallAnalyzer).Assembly.Location}" />
                  </ItemGroup>
                </Project>
                """);
            // An empty Directory.Build.props stops MSBuild from importing this repository's settings.
            File.WriteAllText(Path.Combine(directory.FullName, "Directory.Build.props"), "<Project />");

            var (exitCode, output) = Run("dotnet", "build -nologo -nodeReuse:false -v:q -clp:NoSummary", directory.FullName);

            Assert.True(exitCode == 0, $"dotnet build failed ({exitCode}):\n{output}");
            var warnings = Regex.Matches(output, @"Orders\.cs\((\d+),(\d+)\): warning (PK\d{4}): (.*?) \((\S+)\) \[")
                .Select(m => $"{m.Groups[3].Value} at {m.Groups[1].Value},{m.Groups[2].Value}: {m.Groups[4].Value} <{m.Groups[5].Value}>")
                .Distinct()
                .ToList();
            const string Expected = "PK0001 at 21,9: 'Carrier.Ship(ExportRequest)' exports, but not every path to this call has a permitted policy check <" + Descriptors.HelpLinkBase + "PK0001.md>";
            Assert.True(warnings.Count == 1 && warnings[0] == Expected, $"expected one warning, {Expected}; the build printed:\n{output}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string file, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host's MSBuild settings must not leak into the child build.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
