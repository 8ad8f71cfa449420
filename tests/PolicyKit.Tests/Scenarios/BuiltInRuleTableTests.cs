using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKit.Tests.Scenarios;

/// <summary>docs/built-in-rules.md promises a table of every built-in rule, in policy order; this keeps it true.</summary>
public sealed class BuiltInRuleTableTests
{
    [Fact]
    public void The_documented_table_lists_every_built_in_rule_in_order_with_its_effect_window_and_citations()
    {
        string path = Path.Combine(TestFiles.RepositoryRoot, "docs", "built-in-rules.md");
        Assert.True(File.Exists(path), $"{path} is missing: it documents the built-in rules (see DEVELOPERS.md).");
        var rows = File.ReadLines(path)
            .Select(l => Regex.Match(l, @"^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|([^|]*)\|\s*$"))
            .Where(m => m.Success)
            .Select(m => string.Join(" | ", m.Groups.Cast<Group>().Skip(1).Select(g => g.Value.Trim())))
            .ToArray();
        var expected = RequestBuilder.DefaultPolicy.Rules
            .Select(r => $"{r.Id} | {r.EffectText} | {r.Window} | {string.Join("; ", r.Citations)}")
            .ToArray();
        Assert.Equal(expected, rows);
    }
}
