using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace PolicyKit.Tests.Lists;

/// <summary>A malformed list file is rejected as a whole, with the file, line and field of the problem.</summary>
public sealed class EntityListLoadErrorTests
{
    // Line numbers matter: each line of this template is named in a comment.
    private const string Valid =
        "{\n" +                                                       // 1
        "  \"dataset\": \"test list\",\n" +                           // 2
        "  \"version\": \"1\",\n" +                                   // 3
        "  \"entries\": [\n" +                                        // 4
        "    {\n" +                                                   // 5
        "      \"id\": \"E-1\",\n" +                                  // 6
        "      \"name\": \"Example Trading\",\n" +                    // 7
        "      \"country\": \"CN\",\n" +                              // 8
        "      \"effective\": \"2019-05-16\",\n" +                    // 9
        "      \"federalRegister\": \"84 FR 22961\",\n" +             // 10
        "      \"licenceRequirement\": \"For all items subject to the EAR\",\n" + // 11
        "      \"reviewPolicy\": {\n" +                               // 12
        "        \"default\": \"PresumptionOfDenial\",\n" +           // 13
        "        \"caseByCaseEccns\": [\"1A995\"]\n" +                // 14
        "      }\n" +                                                 // 15
        "    }\n" +                                                   // 16
        "  ]\n" +                                                     // 17
        "}\n";                                                        // 18

    private const string SecondEntry =
        "    },\n" +                                                  // 16
        "    {\n" +                                                   // 17
        "      \"id\": \"e-1\",\n" +                                  // 18
        "      \"name\": \"Other\",\n" +                              // 19
        "      \"effective\": \"2019-05-16\",\n" +                    // 20
        "      \"federalRegister\": \"84 FR 22961\",\n" +             // 21
        "      \"licenceRequirement\": \"For all items subject to the EAR\",\n" + // 22
        "      \"reviewPolicy\": { \"default\": \"CaseByCase\" }\n" + // 23
        "    }\n";                                                    // 24

    private static PolicyDataException Reject(string json)
    {
        var e = Assert.Throws<PolicyDataException>(() => EntityList.Load(Encoding.UTF8.GetBytes(json), "test.json"));
        Assert.Equal("test.json", e.SourceName);
        Assert.StartsWith($"test.json:{e.Line}", e.Message);
        return e;
    }

    [Fact]
    public void The_template_is_valid()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Valid);
        var list = EntityList.Load(bytes, "test.json");
        var entry = Assert.Single(list.Entries);
        Assert.Equal(("test list", "1", ""), (list.Name, list.Version, list.Provenance));
        Assert.Equal(ReviewPolicy.CaseByCase, entry.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A995"))));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), list.ContentHash);
    }

    [Fact]
    public void A_syntax_error_names_its_line()
    {
        var e = Reject(Valid.Replace("\"Example Trading\",", "\"Example Trading\""));
        Assert.Equal(8, e.Line);
        Assert.Null(e.Field);
        Assert.StartsWith("not valid JSON", e.Problem);
    }

    [Fact]
    public void A_missing_name_names_the_entry_and_the_field()
    {
        var e = Reject(Valid.Replace("      \"name\": \"Example Trading\",\n", ""));
        Assert.Equal(5, e.Line); // the field is absent: the entry's first line
        Assert.Equal("$.entries[0].name", e.Field);
        Assert.Contains("required", e.Problem);
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("16/05/2019")]
    [InlineData("2019-5-16")]
    public void A_bad_date_names_its_line_and_field(string date)
    {
        var e = Reject(Valid.Replace("\"effective\": \"2019-05-16\"", $"\"effective\": \"{date}\""));
        Assert.Equal(9, e.Line);
        Assert.Equal("$.entries[0].effective", e.Field);
        Assert.Contains(date, e.Problem);
    }

    [Fact]
    public void A_bad_country_names_its_line_and_field()
    {
        var e = Reject(Valid.Replace("\"country\": \"CN\"", "\"country\": \"XX\""));
        Assert.Equal(8, e.Line);
        Assert.Equal("$.entries[0].country", e.Field);
        Assert.Contains("'XX' is not an ISO 3166-1 alpha-2 code", e.Problem);
    }

    [Fact]
    public void A_duplicate_id_names_the_line_of_the_second_id()
    {
        var e = Reject(Valid.Replace("    }\n  ]", SecondEntry + "  ]"));
        Assert.Equal(18, e.Line);
        Assert.Equal("$.entries[1].id", e.Field);
        Assert.Contains("'e-1' is used by an earlier entry", e.Problem);
    }

    [Fact]
    public void An_unknown_field_names_its_line_so_that_a_misspelling_is_not_ignored()
    {
        var e = Reject(Valid.Replace("      \"country\": \"CN\",\n", "      \"contry\": \"CN\",\n"));
        Assert.Equal(8, e.Line);
        Assert.Equal("$.entries[0].contry", e.Field);
        Assert.Contains("is not a known field", e.Problem);

        var top = Reject(Valid.Replace("  \"version\": \"1\",\n", "  \"versoin\": \"1\",\n"));
        Assert.Equal((3, "$.versoin"), (top.Line, top.Field));
    }

    [Theory]
    [InlineData("Denied")]
    [InlineData("presumptionOfDenial")] // names are exact
    [InlineData("3")]
    [InlineData("1")] // a number that happens to be a defined value is still not a name
    [InlineData("0, 2")]
    public void A_bad_review_policy_names_its_line_and_field(string policy)
    {
        var e = Reject(Valid.Replace("\"default\": \"PresumptionOfDenial\"", $"\"default\": \"{policy}\""));
        Assert.Equal(13, e.Line);
        Assert.Equal("$.entries[0].reviewPolicy.default", e.Field);
        Assert.Contains("is not a review policy", e.Problem);
    }

    [Fact]
    public void A_bad_case_by_case_eccn_names_its_line_and_field()
    {
        var e = Reject(Valid.Replace("[\"1A995\"]", "[\"1A99\"]"));
        Assert.Equal(14, e.Line);
        Assert.Equal("$.entries[0].reviewPolicy.caseByCaseEccns", e.Field);
    }

    [Fact]
    public void A_missing_review_policy_and_inconsistent_dates_are_named()
    {
        var missing = Reject(Valid.Replace("      \"reviewPolicy\": {\n        \"default\": \"PresumptionOfDenial\",\n        \"caseByCaseEccns\": [\"1A995\"]\n      }\n",
            "      \"notes\": null\n"));
        Assert.Equal("$.entries[0].reviewPolicy", missing.Field);

        var uncertain = Reject(Valid.Replace("      \"country\": \"CN\",\n", "      \"listingUncertainFrom\": \"2019-06-01\",\n"));
        Assert.Equal((8, "$.entries[0].listingUncertainFrom"), (uncertain.Line, uncertain.Field));
        Assert.Contains("must be before the effective date", uncertain.Problem);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("[]", 1)]
    [InlineData("{\"dataset\": \"x\", \"version\": \"1\"}", 1)]
    [InlineData("{\"dataset\": \"x\", \"version\": \"1\", \"entries\": []}\n{}", 2)]
    [InlineData("{\"dataset\": \"x\",\n \"version\": 1,\n \"entries\": []}", 2)]
    [InlineData("{\"dataset\": \"x\",\n \"version\": \"1\",\n \"entries\": [\n 42\n]}", 4)]
    public void Structural_problems_are_rejected_with_their_line(string json, int line) =>
        Assert.Equal(line, Reject(json).Line);

    [Fact]
    public void Wrong_value_types_are_named()
    {
        var e = Reject(Valid.Replace("\"name\": \"Example Trading\"", "\"name\": [\"Example Trading\"]"));
        Assert.Equal((7, "$.entries[0].name"), (e.Line, e.Field));
        Assert.Contains("expected a string, found array", e.Problem);
        var alias = Reject(Valid.Replace("      \"country\": \"CN\",\n", "      \"aliases\": [\"ok\", \" \"],\n"));
        Assert.Equal((8, "$.entries[0].aliases[1]"), (alias.Line, alias.Field));
    }

    [Fact]
    public void A_file_saved_with_a_byte_order_mark_loads()
    {
        byte[] bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();
        Assert.Single(EntityList.Load(bom, "bom.json").Entries);
        var e = Assert.Throws<PolicyDataException>(() => EntityList.Load(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid.Replace("\"XX\"", "\"CN\"").Replace("\"CN\"", "\"XX\""))).ToArray(), "bom.json"));
        Assert.Equal(8, e.Line);
    }
}
