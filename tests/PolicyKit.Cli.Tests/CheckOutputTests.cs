using System.Linq;
using System.Text.Json;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary>What <c>check</c> prints: JSON field by field, explanations, several parties.</summary>
public sealed class CheckOutputTests
{
    private static readonly string[] ListedOn20190517 =
        { "check", "--party", Cli.Huawei, "--country", "CN", "--item", "EAR99", "--date", "2019-05-17" };

    [Fact]
    public void Json_for_a_licence_requirement_has_every_field_in_a_fixed_order()
    {
        var result = Cli.Run(ListedOn20190517.Append("--json").ToArray());

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        string line = Assert.Single(result.OutLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(new[] { "reference", "outcome", "permitted", "asOf", "rules", "reliedOn", "citations", "problems", "summary" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reference").ValueKind);
        Assert.Equal("LicenceRequired", root.GetProperty("outcome").GetString());
        Assert.False(root.GetProperty("permitted").GetBoolean());
        Assert.Equal("2019-05-17", root.GetProperty("asOf").GetString());
        var rule = Assert.Single(root.GetProperty("rules").EnumerateArray());
        Assert.Equal("EAR-744.11-ENTITY-LIST", rule.GetProperty("id").GetString());
        Assert.Equal("requires licence", rule.GetProperty("effect").GetString());
        Assert.Equal("15 CFR 744.11; 15 CFR 744.16; Supplement No. 4 to 15 CFR part 744", rule.GetProperty("citation").GetString());
        Assert.Equal(Cli.Huawei, rule.GetProperty("subject").GetString());
        Assert.Empty(root.GetProperty("reliedOn").EnumerateArray());
        Assert.Contains("84 FR 22961", root.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
        Assert.Equal($"LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for {Cli.Huawei} (presumption of denial)",
            root.GetProperty("summary").GetString());
    }

    [Fact]
    public void Json_for_a_general_licence_lists_the_requirement_and_the_authorisation()
    {
        var result = Cli.Run("check", "--party", Cli.Huawei, "--item", "EAR99", "--kind", "software", "--activity", "network-maintenance",
            "--contract-date", "2019-03-01", "--date", "2019-06-01", "--reference", "PO-7", "--json");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("permitted").GetBoolean());
        Assert.Equal("PO-7", root.GetProperty("reference").GetString());
        var rules = root.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(new[] { "EAR-744.11-ENTITY-LIST", "EAR-TGL-2019-05-20-NETWORKS" }, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(new[] { "requires licence", "authorises" }, rules.Select(r => r.GetProperty("effect").GetString()));
        Assert.Equal("84 FR 23468; Supplement No. 7 to 15 CFR part 744", rules[1].GetProperty("citation").GetString());
        Assert.Equal(new[] { "EAR-TGL-2019-05-20-NETWORKS" }, root.GetProperty("reliedOn").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Json_for_missing_data_names_the_missing_fact()
    {
        var result = Cli.Run("check", "--party", Cli.Huawei, "--item", "EAR99", "--activity", "network-maintenance", "--date", "2019-06-01", "--json");

        Assert.Equal(ExitCodes.NeedsReview, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        string problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray()).GetString()!;
        Assert.Equal($"EAR-TGL-2019-05-20-NETWORKS for {Cli.Huawei}: missing data: contract date", problem);
    }

    [Fact]
    public void Json_of_an_unlisted_party_has_no_rules()
    {
        var result = Cli.Run("check", "--party", "Acme GmbH", "--country", "DE", "--item", "5A992", "--reasons", "AT", "--date", "2021-01-01", "--json");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal("Permitted as of 2021-01-01: no rule applies", json.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public void Explain_shows_the_condition_that_failed_with_citations()
    {
        var result = Cli.Run("check", "--party", Cli.Huawei, "--item", "EAR99", "--kind", "software", "--activity", "network-maintenance",
            "--contract-date", "2019-06-01", "--date", "2019-06-01", "--explain");

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        Assert.StartsWith("LicenceRequired as of 2019-06-01", result.Out);
        Assert.Contains("✗ contract dated on or before 2019-05-16 — contract date: 2019-06-01", result.Out);
        Assert.Contains("NOT MET", result.Out);
        Assert.Contains("citations: 15 CFR 744.11", result.Out);
    }

    [Fact]
    public void Explain_with_json_adds_the_tree_as_a_field()
    {
        var result = Cli.Run(ListedOn20190517.Concat(new[] { "--json", "--explain" }).ToArray());

        using var json = JsonDocument.Parse(result.Out);
        string explanation = json.RootElement.GetProperty("explanation").GetString()!;
        Assert.Contains("✓ party is on the Entity List — HUAWEI-0001", explanation);
    }

    [Fact]
    public void A_listed_purchaser_makes_a_licence_requirement_even_when_the_end_user_is_not_listed()
    {
        string[] options = { "--party", "Acme GmbH", "--party", Cli.Huawei, "--country", "DE", "--country", "CN",
            "--role", "end-user", "--role", "purchaser", "--item", "EAR99", "--date", "2019-05-17" };

        var result = Cli.Run(new[] { "check" }.Concat(options).Append("--json").ToArray());

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rule = Assert.Single(json.RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal(Cli.Huawei, rule.GetProperty("subject").GetString());
        Assert.Contains($"Acme GmbH (DE, end user); {Cli.Huawei} (CN, purchaser)", Explain(options));
    }

    [Fact]
    public void A_country_given_once_applies_to_every_party()
    {
        string explanation = Explain("--party", "Acme GmbH", "--party", "Beta AG", "--country", "DE", "--item", "EAR99", "--date", "2019-05-17");

        Assert.Contains("Acme GmbH (DE, end user); Beta AG (DE, end user)", explanation);
    }

    [Fact]
    public void A_list_id_identifies_the_party_whatever_its_name()
    {
        var result = Cli.Run("check", "--party", "HW Shenzhen", "--list-id", "HUAWEI-0001", "--item", "EAR99", "--date", "2019-05-17");

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
    }

    [Fact]
    public void An_unknown_list_id_needs_review()
    {
        var result = Cli.Run("check", "--party", "Somebody", "--list-id", "NOPE-1", "--item", "EAR99", "--date", "2019-05-17");

        Assert.Equal(ExitCodes.NeedsReview, result.ExitCode);
        Assert.StartsWith("NeedsReview", result.Out);
    }

    [Fact]
    public void Options_may_be_written_with_an_equals_sign_and_in_any_case_for_values()
    {
        var result = Cli.Run("check", $"--party={Cli.Huawei}", "--item=ear99", "--kind=Technology", "--activity=STANDARDS", "--date=2020-07-01");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
    }

    [Fact]
    public void Help_prints_the_options_and_exits_zero()
    {
        var result = Cli.Run("check", "--help");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        Assert.Contains("--contract-date DATE", result.Out);
        Assert.Contains("network-maintenance", result.Out);
    }

    private static string Explain(params string[] options)
    {
        var result = Cli.Run(new[] { "check" }.Concat(options).Append("--explain").ToArray());
        Assert.Equal("", result.Error);
        return result.Out;
    }
}
