using System.Linq;
using System.Text.Json;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit rules</c>.</summary>
public sealed class RulesCommandTests
{
    private static string[] Ids(CliResult result) => result.OutLines.Skip(1).Select(l => l.Split(' ')[0]).ToArray();

    [Fact]
    public void Without_a_date_every_built_in_rule_is_listed()
    {
        var result = Cli.Run("rules");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        Assert.Equal(ExportPolicy.CreateDefault().Rules.Select(r => r.Id), Ids(result));
        Assert.Matches(@"^ID\s+EFFECT\s+IN FORCE\s+CITATIONS$", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^EAR-STANDARDS-2020\s+authorises\s+2020-06-18 to 2022-09-08\s+85 FR 36719 \(unconfirmed\); 85 FR 36720$"));
    }

    [Theory]
    [InlineData("2019-06-01", "EAR-TGL-2019-05-20-STANDARDS", "EAR-STANDARDS-2020")]
    [InlineData("2019-08-19", "EAR-TGL-2019-08-19-DEVICES", "EAR-TGL-2019-05-20-STANDARDS")]
    [InlineData("2020-08-14", "EAR-744.11-ENTITY-LIST", "EAR-TGL-2020-05-15-NETWORKS")]
    [InlineData("2022-09-09", "EAR-STANDARDS-2022", "EAR-STANDARDS-2020")]
    public void With_a_date_only_the_rules_in_force_are_listed(string date, string included, string excluded)
    {
        var ids = Ids(Cli.Run("rules", "--date", date));

        Assert.Contains(included, ids);
        Assert.DoesNotContain(excluded, ids);
    }

    [Fact]
    public void Json_gives_one_object_per_rule()
    {
        var result = Cli.Run("rules", "--date", "2020-08-17", "--json");

        var objects = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var research = Assert.Single(objects, o => o.GetProperty("id").GetString() == "EAR-HUAWEI-SECURITY-RESEARCH");
        Assert.Equal(new[] { "id", "title", "effect", "from", "through", "citations", "covers" }, research.EnumerateObject().Select(p => p.Name));
        Assert.Equal("authorises", research.GetProperty("effect").GetString());
        Assert.Equal("2020-08-17", research.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, research.GetProperty("through").ValueKind);
        Assert.Equal(new[] { "85 FR 51596" }, research.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { "EAR-744.11-ENTITY-LIST" }, research.GetProperty("covers").EnumerateArray().Select(c => c.GetString()));
        var entityList = Assert.Single(objects, o => o.GetProperty("id").GetString() == "EAR-744.11-ENTITY-LIST");
        Assert.Equal(JsonValueKind.Null, entityList.GetProperty("from").ValueKind);
    }
}
