using System;
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

            var build = ToolProcess.Run("dotnet", new[] { "build", "-nologo", "-nodeReuse:false", "-tl:off", "-v:q", "-clp:NoSummary" }, directory.FullName);
            var output = build.Output;

            Assert.True(build.ExitCode == 0, build.ToString());
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
}
