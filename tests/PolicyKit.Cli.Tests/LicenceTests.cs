using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary><c>--licence FILE</c> and the library's <see cref="LicenceFile"/> loader behind it.</summary>
public sealed class LicenceTests : IDisposable
{
    private const string HuaweiLicence =
        """
        {"licences": [{
          "number": "D123456",
          "validFrom": "2019-11-20",
          "validThrough": "2021-11-19",
          "parties": ["Huawei Technologies Co., Ltd."],
          "items": ["EAR99", "5A992"],
          "kinds": ["commodity"],
          "activities": ["sale"],
          "transfers": ["export"],
          "conditions": "No reexport without BIS approval."
        }]}
        """;

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private CliResult CheckWithLicence(string date, string licenceJson, params string[] more) =>
        Cli.Run(new[] { "check", "--party", Cli.Huawei, "--item", "EAR99", "--date", date, "--licence", _files.Write("licences.json", licenceJson), "--json" }
            .Concat(more).ToArray());

    [Fact]
    public void A_licence_that_covers_the_transaction_permits_it()
    {
        var result = CheckWithLicence("2020-01-15", HuaweiLicence);

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Permitted", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(new[] { "EAR-SPECIFIC-LICENCE" }, json.RootElement.GetProperty("reliedOn").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("BIS licence D123456", json.RootElement.GetProperty("citations").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_licence_naming_the_list_id_covers_the_party()
    {
        var result = CheckWithLicence("2020-01-15", HuaweiLicence.Replace("\"Huawei Technologies Co., Ltd.\"", "\"HUAWEI-0001\""));

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
    }

    [Fact]
    public void An_expired_licence_leaves_the_licence_requirement()
    {
        var result = CheckWithLicence("2021-11-20", HuaweiLicence, "--explain");

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("LicenceRequired", json.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("D123456 is not valid on 2021-11-20 (valid 2019-11-20 to 2021-11-19)", json.RootElement.GetProperty("explanation").GetString());
    }

    [Fact]
    public void A_licence_for_another_kind_of_transfer_does_not_cover()
    {
        var result = CheckWithLicence("2020-01-15", HuaweiLicence, "--transfer", "reexport");

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
    }

    [Fact]
    public void The_loader_reads_every_field()
    {
        var licence = Assert.Single(LicenceFile.Load(Encoding.UTF8.GetBytes(HuaweiLicence), "licences.json"));

        Assert.Equal("D123456", licence.Number);
        Assert.Equal(EffectiveWindow.Between(new CalendarDate(2019, 11, 20), new CalendarDate(2021, 11, 19)), licence.Validity);
        Assert.Equal(new[] { Cli.Huawei }, licence.Parties);
        Assert.Equal(new[] { Classification.Ear99, Classification.Parse("5A992") }, licence.Items);
        Assert.Equal(new[] { ItemKind.Commodity }, licence.Kinds);
        Assert.Equal(new[] { Activity.Sale }, licence.Activities);
        Assert.Equal(new[] { TransferKind.Export }, licence.Transfers);
        Assert.Equal("No reexport without BIS approval.", licence.Conditions);
    }

    [Fact]
    public void Omitted_restrictions_cover_any_kind_activity_and_transfer()
    {
        const string json = """{"licences": [{"number": "D1", "validFrom": "2020-01-01", "validThrough": "2020-12-31", "parties": ["X"], "items": ["5A992.c"]}]}""";

        var licence = Assert.Single(LicenceFile.Load(Encoding.UTF8.GetBytes(json), "l.json"));

        Assert.Empty(licence.Kinds);
        Assert.Empty(licence.Activities);
        Assert.Empty(licence.Transfers);
        Assert.Null(licence.Conditions);
    }

    [Theory]
    // file content (line 3 is where the problem is, where there is a line), expected message fragments
    [InlineData("{\"licences\": [{\n  \"number\": \"D1\",\n  \"validFrom\": 2019-11-20\n}]}", "licences.json:3: not valid JSON: '-' is an invalid end of a number")]
    [InlineData("{\"licences\": [{\n  \"number\": \"D1\",\n  \"colour\": \"red\",\n  \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"]}]}",
        "licences.json:3: $.licences[0].colour: is not a known field")]
    [InlineData("{\"licences\": [{\n  \"number\": \"D1\",\n  \"validFrom\": \"2019-02-30\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"]}]}",
        "licences.json:3: $.licences[0].validFrom: '2019-02-30' is not a date")]
    [InlineData("{\"licences\": [{\n  \"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"parties\": [\"X\"],\n  \"items\": [\"EAR99\"]}]}",
        "$.licences[0].validThrough: is required")]
    [InlineData("{\"licences\": [{\"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"],\n \"items\": [\"EAR99\",\n \"5Z999\"]}]}",
        "licences.json:3: $.licences[0].items[1]: '5Z999' is not EAR99 or an ECCN")]
    [InlineData("{\"licences\": [{\"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"],\n\n \"activities\": [\"repair\"]}]}",
        "licences.json:3: $.licences[0].activities[0]: 'repair' is not a known activity")]
    [InlineData("{\"licences\": [{\"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"],\n\n \"transfers\": [\"smuggle\"]}]}",
        "licences.json:3: $.licences[0].transfers[0]: 'smuggle' is not one of export, reexport, in-country-transfer, release")]
    [InlineData("{\"licences\": [{\"number\": \"D1\", \"validFrom\": \"2021-11-20\", \"parties\": [\"X\"], \"items\": [\"EAR99\"],\n\n \"validThrough\": \"2019-11-19\"}]}",
        "licences.json:3: $.licences[0].validThrough: 2019-11-19 is before validFrom 2021-11-20")]
    [InlineData("{\"licences\": [{\"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [], \"items\": [\"EAR99\"]}]}",
        "$.licences[0].parties: must not be empty")]
    [InlineData("{\"licences\": [\n{\"number\": \"D1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"]},\n{\"number\": \"d1\", \"validFrom\": \"2019-11-20\", \"validThrough\": \"2021-11-19\", \"parties\": [\"X\"], \"items\": [\"EAR99\"]}]}",
        "licences.json:3: $.licences[1].number: 'd1' is used by an earlier licence")]
    [InlineData("{\"licenses\": []}", "licences.json:1: $.licenses: is not a known field")]
    [InlineData("[]", "licences.json:1: $: expected an object, found array")]
    [InlineData("", "licences.json:1: the file is empty")]
    [InlineData(" \n ", "licences.json:1: the file is empty")]
    public void A_bad_licence_file_is_bad_input_naming_file_line_and_field(string content, string expected)
    {
        var result = CheckWithLicence("2020-01-15", content);

        Cli.AssertBadInput(result, "--licence: ", expected);
        var e = Assert.Throws<PolicyDataException>(() => LicenceFile.Load(Encoding.UTF8.GetBytes(content), "licences.json"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_once_with_the_one_based_line()
    {
        var e = Assert.Throws<PolicyDataException>(() => LicenceFile.Load(Encoding.UTF8.GetBytes("{\"licences\": [\n\n  oops]}"), "l.json"));

        Assert.Equal(3, e.Line);
        Assert.DoesNotContain("LineNumber", e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        byte[] withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HuaweiLicence)).ToArray();

        Assert.Single(LicenceFile.Load(withBom, "l.json"));
    }

    [Fact]
    public void A_missing_licence_file_is_bad_input()
    {
        string missing = _files.PathOf("nowhere.json");

        var result = Cli.Run("check", "--party", Cli.Huawei, "--item", "EAR99", "--date", "2020-01-15", "--licence", missing);

        Cli.AssertBadInput(result, "--licence: ", missing, "does not exist");
    }

    [Fact]
    public void LoadFile_names_the_path_in_errors()
    {
        string path = _files.Write("bad.json", "{\"licences\": 3}");

        var e = Assert.Throws<PolicyDataException>(() => LicenceFile.LoadFile(path));

        Assert.Equal(path, e.SourceName);
        Assert.Equal(1, e.Line);
        Assert.Equal("$.licences", e.Field);
    }
}
