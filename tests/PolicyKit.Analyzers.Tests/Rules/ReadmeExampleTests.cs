using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>The README's analyzer example reports exactly the warning the README prints, where it says.</summary>
public sealed class ReadmeExampleTests
{
    /// <summary>Types the example uses but does not show.</summary>
    private const string Stubs = """

        public sealed class Order { public ExportRequest ToExportRequest() => null!; }
        """;

    [Fact]
    public async Task The_analyzer_section_example_warns_as_printed()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).Replace("\r\n", "\n");
        var section = readme[readme.IndexOf("## The analyzer", System.StringComparison.Ordinal)..];
        var code = Regex.Match(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var printed = Regex.Match(section, @"OrderService\.cs\((\d+),(\d+)\): warning (PK\d{4}): (.*)");
        Assert.True(printed.Success, "the README's analyzer section prints no warning line");

        var run = await Verify.RunAsync(code + Stubs, TestOptions.Default, new UncheckedExportCallAnalyzer());
        run.AssertCompiles();
        run.AssertNoAnalyzerExceptions();

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(printed.Groups[3].Value, diagnostic.Id);
        Assert.Equal((int.Parse(printed.Groups[1].Value), int.Parse(printed.Groups[2].Value)), (position.Line + 1, position.Character + 1));
        Assert.Equal(printed.Groups[4].Value, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
