using System.IO;
using System.Linq;
using PolicyKit.Package.Tests.Support;
using Xunit;

namespace PolicyKit.Package.Tests;

/// <summary>
/// The decision documented in the README ("Libraries that depend on PolicyKit"): the analyzer reaches a
/// project that gets PolicyKit only through a library, because that library's [ExportFunction] members
/// are the calls the project must check. NuGet alone would not do this (analyzers are private assets
/// by default); buildTransitive/PolicyKit.targets does, and can be switched off.
/// </summary>
[Collection(PackedCollection.Name)]
public sealed class TransitiveAnalyzerTests
{
    private const string Dispatch = """
        using Contoso.Shipping;
        using PolicyKit;

        namespace Contoso.Portal;

        public static class Dispatch
        {
            public static void Send(Carrier carrier, ExportRequest request)
            {
                carrier.Ship(request);
            }
        }
        """;

    private readonly PackageWorkspace _workspace;
    private readonly string _root;

    public TransitiveAnalyzerTests(PackageWorkspace workspace)
    {
        _workspace = workspace;
        _root = Path.Combine(workspace.Root, "transitive");
        // xunit makes an instance per test; the projects are written once for the shared workspace.
        if (Directory.Exists(_root)) return;
        Write("nuget.config", $"""
            <configuration>
              <packageSources>
                <add key="policykit-local" value="{workspace.Feed}" />
                <add key="contoso-local" value="{Path.Combine(_root, "feed")}" />
              </packageSources>
            </configuration>
            """);
        Directory.CreateDirectory(Path.Combine(_root, "feed"));
        Write("Directory.Build.props", "<Project />");
        // A company library (netstandard2.0, so it is also the second consumer of that build) that exports.
        Write("Contoso.Shipping/Contoso.Shipping.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><Nullable>enable</Nullable><LangVersion>latest</LangVersion><Version>1.0.0</Version></PropertyGroup>
              <ItemGroup><PackageReference Include="PolicyKit" Version="{workspace.Version}" /></ItemGroup>
            </Project>
            """);
        Write("Contoso.Shipping/Carrier.cs", """
            using PolicyKit;

            namespace Contoso.Shipping
            {
                public sealed class Carrier
                {
                    [ExportFunction] public void Ship(ExportRequest request) { }
                }
            }
            """);
        // An app that references only the library.
        Write("Portal/Portal.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Contoso.Shipping/Contoso.Shipping.csproj" /></ItemGroup>
            </Project>
            """);
        Write("Portal/Dispatch.cs", Dispatch);
        // An app that gets the library as a package (whose nuspec excludes PolicyKit's build and analyzer assets).
        Write("PackagePortal/PackagePortal.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><PackageReference Include="Contoso.Shipping" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        Write("PackagePortal/Dispatch.cs", Dispatch);
        // An app that references PolicyKit directly but declines its analyzers.
        Write("NoAnalyzers/NoAnalyzers.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contoso.Shipping/Contoso.Shipping.csproj" />
                <PackageReference Include="PolicyKit" Version="{workspace.Version}" ExcludeAssets="analyzers" />
              </ItemGroup>
            </Project>
            """);
        Write("NoAnalyzers/Dispatch.cs", Dispatch);
    }

    [Fact]
    public void An_app_that_gets_PolicyKit_through_a_library_is_warned_about_the_library_s_export_function()
    {
        var build = _workspace.Build(Path.Combine(_root, "Portal"));

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "warning PK0001 at Dispatch.cs(10,9): 'Carrier.Ship(ExportRequest)'" },
            build.Diagnostics.Select(d => $"{d.Where}: {d.Message.Split(" exports")[0]}"));
    }

    [Fact]
    public void An_app_that_gets_PolicyKit_through_a_library_package_is_warned_too()
    {
        var pack = _workspace.Dotnet(Path.Combine(_root, "Contoso.Shipping"), "pack", "-nologo", "-tl:off", "-o", Path.Combine(_root, "feed"));
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var build = _workspace.Build(Path.Combine(_root, "PackagePortal"));

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "warning PK0001 at Dispatch.cs(10,9)" }, build.Diagnostics.Select(d => d.Where));
    }

    [Fact]
    public void PolicyKitTransitiveAnalyzers_false_turns_it_off()
    {
        var build = _workspace.Build(Path.Combine(_root, "Portal"), "-p:PolicyKitTransitiveAnalyzers=false");

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        Assert.Empty(build.PolicyKitDiagnostics);
    }

    [Fact]
    public void A_direct_reference_that_excludes_analyzers_is_respected()
    {
        var build = _workspace.Build(Path.Combine(_root, "NoAnalyzers"));

        Assert.True(build.Process.ExitCode == 0, build.ToString());
        Assert.Empty(build.PolicyKitDiagnostics);
    }

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
