using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PolicyKit.Analyzers.Tests;

/// <summary>The suite runs twice, on two Roslyn versions; this test proves which one each run loaded.</summary>
public sealed class RoslynVersionTests
{
    [Fact]
    public void Loads_the_Roslyn_version_the_project_asks_for()
    {
        // Set from $(RoslynVersion), the same property that picks the package (AnalyzerTests.props).
        var expected = typeof(RoslynVersionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ExpectedRoslynVersion").Value;
        var loaded = typeof(Compilation).Assembly.GetName().Version!;

        Assert.Equal(System.Version.Parse(expected!), new System.Version(loaded.Major, loaded.Minor, loaded.Build));
#if ROSLYN_4_5
        Assert.Equal(new System.Version(4, 5, 0, 0), loaded);
#else
        Assert.True(loaded.Major >= 5, $"The current suite should run on Roslyn 5 or later, but loaded {loaded}.");
#endif
    }
}
