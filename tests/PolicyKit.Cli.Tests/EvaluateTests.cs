using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit evaluate FILE</c> over CSV, JSON and JSON lines.</summary>
public sealed class EvaluateTests : IDisposable
{
    private const string Header = "reference,date,party,country,item,kind,activity,contract-date";
    private const string PermittedRow = "PO-1,2019-05-10,\"Huawei Technologies Co., Ltd.\",CN,EAR99,commodity,sale,";
    private const string TglRow = "PO-2,2019-06-01,\"Huawei Technologies Co., Ltd.\",CN,EAR99,software,network-maintenance,2019-03-01";
    private const string LicenceRow = "PO-3,2019-05-17,\"Huawei Technologies Co., Ltd.\",CN,EAR99,commodity,sale,";
    private const string ReviewRow = "PO-4,2019-06-01,\"Huawei Technologies Co., Ltd.\",CN,EAR99,software,network-maintenance,";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Csv(params string[] rows) => _files.Write("requests.csv", string.Join("\n", rows.Prepend(Header)) + "\n");

    [Fact]
    public void A_csv_file_is_printed_as_a_table_with_one_line_per_row()
    {
        var result = Cli.Run("evaluate", Csv(PermittedRow, TglRow, LicenceRow));

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.OutLines;
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^REF\s+DATE\s+PARTY\s+ITEM\s+ACTIVITY\s+OUTCOME\s+BECAUSE$", lines[0]);
        Assert.Matches(@"^PO-1\s+2019-05-10\s+Huawei Technologies Co\., Ltd\.\s+EAR99 commodity\s+sale\s+Permitted\s+no rule applies$", lines[1]);
        Assert.Matches(@"^PO-2\s+2019-06-01\s+.*network-maintenance\s+Permitted\s+EAR-TGL-2019-05-20-NETWORKS$", lines[2]);
        Assert.Matches(@"^PO-3\s+2019-05-17\s+.*LicenceRequired\s+EAR-744.11-ENTITY-LIST \(presumption of denial\)$", lines[3]);
        // Columns line up: every outcome starts where the header's does.
        int outcomeColumn = lines[0].IndexOf("OUTCOME", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.True(l.Substring(outcomeColumn).StartsWith("Permitted") || l.Substring(outcomeColumn).StartsWith("LicenceRequired")));
    }

    [Fact]
    public void Json_lines_have_one_object_per_row_with_line_and_reference()
    {
        var result = Cli.Run("evaluate", Csv(PermittedRow, TglRow, LicenceRow, ReviewRow), "--json");

        var lines = result.OutLines;
        Assert.Equal(4, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 2, 3, 4, 5 }, objects.Select(o => o.GetProperty("line").GetInt32()));
        Assert.Equal(new[] { "PO-1", "PO-2", "PO-3", "PO-4" }, objects.Select(o => o.GetProperty("reference").GetString()));
        Assert.Equal(new[] { "Permitted", "Permitted", "LicenceRequired", "NeedsReview" }, objects.Select(o => o.GetProperty("outcome").GetString()));
        Assert.Equal("line", objects[0].EnumerateObject().First().Name);
    }

    [Theory]
    [InlineData(new[] { PermittedRow, TglRow }, ExitCodes.Permitted)]
    [InlineData(new[] { PermittedRow, ReviewRow }, ExitCodes.NeedsReview)]
    [InlineData(new[] { ReviewRow, LicenceRow, PermittedRow }, ExitCodes.NotPermitted)]
    [InlineData(new[] { LicenceRow, ReviewRow }, ExitCodes.NotPermitted)]
    public void The_exit_code_is_the_worst_row(string[] rows, int expected) => Assert.Equal(expected, Cli.Run("evaluate", Csv(rows)).ExitCode);

    [Fact]
    public void Quoted_csv_fields_keep_commas_quotes_and_line_breaks()
    {
        string path = _files.Write("quoted.csv",
            "reference,date,party,item\r\n\"PO \"\"A\"\", line\r\ntwo\",2019-05-17,\"Huawei Technologies Co., Ltd.\",EAR99\r\nPO-B,2019-05-17,Acme,EAR99\r\n");

        var result = Cli.Run("evaluate", path, "--json");

        var objects = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal("PO \"A\", line\r\ntwo", objects[0].GetProperty("reference").GetString());
        Assert.Equal("LicenceRequired", objects[0].GetProperty("outcome").GetString());
        Assert.Equal(4, objects[1].GetProperty("line").GetInt32()); // the first record spans lines 2 and 3
    }

    [Fact]
    public void A_json_array_is_evaluated_and_a_list_gives_several_parties()
    {
        string path = _files.Write("requests.json", """
            [
              {"reference": "A", "date": "2019-05-10", "party": "Huawei Technologies Co., Ltd.", "country": "CN", "item": "EAR99"},
              {"reference": "B", "date": "2019-05-17", "party": ["Acme GmbH", "Huawei Technologies Co., Ltd."],
               "role": ["end-user", "purchaser"], "item": "EAR99", "standards-body": null}
            ]
            """);

        var result = Cli.Run("evaluate", path, "--json");

        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
        var objects = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 2, 3 }, objects.Select(o => o.GetProperty("line").GetInt32()));
        Assert.Equal("Permitted", objects[0].GetProperty("outcome").GetString());
        var rule = Assert.Single(objects[1].GetProperty("rules").EnumerateArray());
        Assert.Equal(Cli.Huawei, rule.GetProperty("subject").GetString());
    }

    [Fact]
    public void Json_lines_are_evaluated_one_object_per_line()
    {
        string path = _files.Write("requests.jsonl",
            "{\"date\": \"2020-07-01\", \"party\": \"Huawei Technologies Co., Ltd.\", \"item\": \"EAR99\", \"kind\": \"technology\", \"activity\": \"standards\"}\n" +
            "{\"date\": \"2019-06-01\", \"party\": \"Huawei Technologies Co., Ltd.\", \"item\": \"EAR99\", \"activity\": \"network-maintenance\"}\n");

        var result = Cli.Run("evaluate", path);

        Assert.Equal(ExitCodes.NeedsReview, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^line 1\s.*Permitted\s+EAR-STANDARDS-2020$", lines[1]);
        Assert.Matches(@"^line 2\s.*NeedsReview\s+EAR-TGL-2019-05-20-NETWORKS for Huawei Technologies Co\., Ltd\.: missing data: contract date$", lines[2]);
    }

    [Fact]
    public void Explain_follows_the_table_with_each_rows_tree()
    {
        var result = Cli.Run("evaluate", Csv(PermittedRow, LicenceRow), "--explain");

        Assert.Contains("PO-1:\nPermitted as of 2019-05-10", result.Out.Replace("\r\n", "\n"));
        Assert.Contains("PO-3:\nLicenceRequired as of 2019-05-17", result.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Licences_apply_to_every_row()
    {
        string licence = _files.Write("licences.json",
            """{"licences": [{"number": "D9", "validFrom": "2019-05-01", "validThrough": "2023-04-30", "parties": ["HUAWEI-0001"], "items": ["EAR99"]}]}""");

        var result = Cli.Run("evaluate", Csv(LicenceRow), "--licence", licence, "--json");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        Assert.Contains("\"reliedOn\":[\"EAR-SPECIFIC-LICENCE\"]", result.Out);
    }

    [Fact]
    public void A_long_file_shows_a_progress_bar_only_on_a_terminal()
    {
        string path = Csv(Enumerable.Repeat(PermittedRow, 1001).ToArray());

        var onTerminal = Cli.Run(showProgress: true, "evaluate", path, "--json");
        var redirected = Cli.Run(showProgress: false, "evaluate", path, "--json");

        Assert.Contains("\revaluating [##############################] 100% 1001/1001", onTerminal.Error);
        Assert.EndsWith("\r", onTerminal.Error); // the bar clears its line when done
        Assert.Equal("", redirected.Error);
        Assert.Equal(1001, onTerminal.OutLines.Length);
    }

    [Fact]
    public void A_short_file_shows_no_progress_bar()
    {
        var result = Cli.Run(showProgress: true, "evaluate", Csv(Enumerable.Repeat(PermittedRow, 1000).ToArray()), "--json");

        Assert.Equal("", result.Error);
    }

    // ---- bad files: exit 2, nothing on stdout, FILE:LINE: field 'x': problem ----

    [Fact]
    public void A_bad_date_on_row_3_is_reported_at_line_4_and_nothing_is_printed()
    {
        string path = Csv(PermittedRow, TglRow, "PO-9,2019-13-01,Acme,DE,EAR99,commodity,sale,", LicenceRow);

        var result = Cli.Run("evaluate", path);

        Cli.AssertBadInput(result, $"{path}:4: field 'date': '2019-13-01' is not a valid date; expected yyyy-MM-dd");
    }

    [Theory]
    [InlineData("requests.csv", "", ":1: the file is empty")]
    [InlineData("requests.csv", "\n  \n", ":1: the file is empty")]
    [InlineData("requests.csv", "date,party,item\n", ":1: the file holds no requests")]
    [InlineData("requests.csv", "date,party,colour,item\n2019-05-17,X,red,EAR99\n", ":1: field 'colour': is not a known column (known: date, party,")]
    [InlineData("requests.csv", "date,party\n2019-05-17,X\n", ":1: field 'item': is a required column but the header lacks it")]
    [InlineData("requests.csv", "date,party,item,date\n", ":1: field 'date': is a column twice")]
    [InlineData("requests.csv", "date,,item\n", ":1: column 2 of the header has no name")]
    [InlineData("requests.csv", "date,party,item\n2019-05-17,X\n", ":2: has 2 fields but the header has 3")]
    [InlineData("requests.csv", "date,party,item\n2019-05-17,\"X,EAR99\n", ":2: a quoted field is not closed")]
    [InlineData("requests.csv", "date,party,item\n2019-05-17,\"X\"Y,EAR99\n", ":2: text after a closing quote")]
    [InlineData("requests.csv", "date,party,item\n2019-05-17,X\"Y,EAR99\n", ":2: a quote inside an unquoted field")]
    [InlineData("requests.csv", "date,party,item\n2019-05-17,,EAR99\n", ":2: field 'party': is required")]
    [InlineData("requests.csv", "date,party,item,kind\n2019-05-17,X,EAR99,firmware\n", ":2: field 'kind': 'firmware' is not a kind of item")]
    [InlineData("requests.csv", "date,party,item,country\n2019-05-17,X,5A99,DE\n", ":2: field 'item': '5A99' is not a classification")]
    [InlineData("requests.json", "{\"date\": \"2019-05-17\"}", ":1: expected an array of request objects, found an object")]
    [InlineData("requests.json", "[]", ":1: the file holds no requests")]
    [InlineData("requests.json", "[\n  {\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\"},\n  {\"date\": \"2019-05-17\",\n   \"colour\": \"red\"}\n]", ":4: field 'colour': is not a known field")]
    [InlineData("requests.json", "[\n  {\"date\": \"2019-05-17\", \"party\": \"X\",\n   \"item\": true}\n]", ":3: field 'item': expected a string or a list of strings, found a boolean")]
    [InlineData("requests.json", "[\n  {\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\"}\n  {\"date\": \"2019-05-18\"}\n]", ":3: not valid JSON")]
    [InlineData("requests.json", "[\n  \"2019-05-17\"\n]", ":2: expected a request object, found a string")]
    [InlineData("requests.json", "[{\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\"}] []", ":1: not valid JSON: '[' is invalid after a single JSON value")]
    [InlineData("requests.json", "[\n {\"party\": \"X\", \"item\": \"EAR99\"}]", ":2: field 'date': is required")]
    [InlineData("requests.json", "[\n {\"date\": [\"2019-05-17\", \"2019-05-18\"], \"party\": \"X\", \"item\": \"EAR99\"}]", ":2: field 'date': is given more than once")]
    [InlineData("requests.jsonl", "{\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\"}\n{\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\", \"activity\": \"repair\"}\n",
        ":2: field 'activity': 'repair' is not an activity")]
    [InlineData("requests.jsonl", "{\"date\": \"2019-05-17\", \"party\": \"X\", \"item\": \"EAR99\"}\n[1]\n", ":2: expected a request object, found a list")]
    public void A_bad_file_is_reported_with_file_line_and_field(string name, string content, string expected)
    {
        string path = _files.Write(name, content);

        Cli.AssertBadInput(Cli.Run("evaluate", path, "--json"), path + expected);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        string path = _files.PathOf("nowhere.csv");

        Cli.AssertBadInput(Cli.Run("evaluate", path), "evaluate: ", path, "does not exist");
    }

    [Fact]
    public void An_unknown_extension_is_bad_input()
    {
        string path = _files.Write("requests.txt", "date,party,item\n");

        Cli.AssertBadInput(Cli.Run("evaluate", path), "has an unknown extension '.txt'; expected .csv, .json or .jsonl");
    }

    [Fact]
    public void A_missing_file_argument_is_bad_input() => Cli.AssertBadInput(Cli.Run("evaluate", "--json"), "FILE: is required");

    [Fact]
    public void A_second_file_argument_is_bad_input() => Cli.AssertBadInput(Cli.Run("evaluate", "a.csv", "b.csv"), "'b.csv': unexpected argument");

    [Fact]
    public void A_bad_licence_file_stops_evaluate_before_any_output()
    {
        string licence = _files.Write("licences.json", "{\"licences\": [{\"number\": \"D1\"}]}");

        Cli.AssertBadInput(Cli.Run("evaluate", Csv(PermittedRow), "--licence", licence), "--licence: ", licence + ":1: $.licences[0].validFrom: is required");
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        string path = _files.PathOf("bom.csv");
        System.IO.File.WriteAllText(path, "date,party,item\n2019-05-10,X,EAR99\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(ExitCodes.Permitted, Cli.Run("evaluate", path).ExitCode);
    }
}
