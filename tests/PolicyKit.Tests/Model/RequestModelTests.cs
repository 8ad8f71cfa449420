using System;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Model;

public sealed class ClassificationTests
{
    [Theory]
    [InlineData("EAR99", "EAR99")]
    [InlineData("ear99", "EAR99")]
    [InlineData("Ear99", "EAR99")]
    [InlineData(" EAR99 ", "EAR99")]
    [InlineData("5A992", "5A992")]
    [InlineData("5a992", "5A992")]
    [InlineData("5a992.C", "5A992.c")]
    [InlineData("5D002.c.1", "5D002.c.1")]
    [InlineData("5E002.A", "5E002.a")]
    [InlineData("0Y521", "0Y521")]
    [InlineData("1A004.c", "1A004.c")]
    public void Parses_and_canonicalises(string text, string code)
    {
        var c = Classification.Parse(text);
        Assert.Equal(code, c.Code);
        Assert.Equal(code, c.ToString());
        Assert.Equal(code == "EAR99", c.IsEar99);
        Assert.True(Classification.TryParse(text, out var again));
        Assert.Equal(c, again);
    }

    [Theory]
    [InlineData("5F001")] // product group F does not exist
    [InlineData("5A99")]
    [InlineData("5A992.")]
    [InlineData("5A992..a")]
    [InlineData(".a")]
    [InlineData("5A9921")]
    [InlineData("5A992-a")]
    [InlineData("AA992")]
    [InlineData("5A9X2")]
    [InlineData("5A992.ä")]
    [InlineData("EAR 99")]
    [InlineData("EAR999")]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_what_is_not_an_eccn(string text)
    {
        Assert.False(Classification.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => Classification.Parse(text));
        Assert.Contains("EAR99 or an ECCN", e.Message);
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Classification.Parse(null!));
        Assert.False(Classification.TryParse(null, out _));
    }

    [Theory]
    [InlineData("5D002.c.1", "5D002", true)]
    [InlineData("5D002.c.1", "5D002.c", true)]
    [InlineData("5D002", "5D002", true)]
    [InlineData("5D002", "5D002.c", false)]
    [InlineData("5D002.cd", "5D002.c", false)]
    [InlineData("EAR99", "5D002", false)]
    [InlineData("EAR99", "EAR99", true)]
    public void An_eccn_contains_its_sub_paragraphs_only(string item, string eccn, bool within)
    {
        Assert.Equal(within, Classification.Parse(item).IsWithin(Classification.Parse(eccn)));
    }

    [Fact]
    public void Default_is_ear99()
    {
        Assert.True(default(Classification).IsEar99);
        Assert.Equal(Classification.Ear99, default);
        Assert.Equal("EAR99", default(Classification).BaseEccn);
        Assert.Equal("5D002", Classification.Parse("5D002.c.1").BaseEccn);
    }
}

public sealed class ItemTests
{
    [Theory]
    [InlineData("AT", ReasonsForControl.AT)]
    [InlineData("at", ReasonsForControl.AT)]
    [InlineData("NS,AT", ReasonsForControl.NS | ReasonsForControl.AT)]
    [InlineData("NS + AT, EI", ReasonsForControl.NS | ReasonsForControl.AT | ReasonsForControl.EI)]
    [InlineData("AT,AT", ReasonsForControl.AT)]
    public void Parses_reasons_for_control(string text, ReasonsForControl expected) =>
        Assert.Equal(expected, Item.ParseReasons(text));

    [Theory]
    [InlineData("XX")]
    [InlineData("None")]
    [InlineData("NS;AT")]
    [InlineData("16")]
    [InlineData("NS,17")]
    [InlineData("NS|AT")]
    public void Rejects_unknown_reasons(string text)
    {
        var e = Assert.Throws<FormatException>(() => Item.ParseReasons(text));
        Assert.Contains("not a reason for control", e.Message);
    }

    [Fact]
    public void Parse_reasons_rejects_null() => Assert.Throws<ArgumentNullException>(() => Item.ParseReasons(null!));

    [Fact]
    public void Anti_terrorism_only_is_unknown_without_reasons()
    {
        Assert.Null(new Item(ItemKind.Software, Classification.Parse("5D992")).IsAntiTerrorismOnly);
        Assert.True(new Item(ItemKind.Software, Classification.Parse("5D992"), ReasonsForControl.AT).IsAntiTerrorismOnly);
        Assert.False(new Item(ItemKind.Software, Classification.Parse("5D002"), ReasonsForControl.AT | ReasonsForControl.NS).IsAntiTerrorismOnly);
        Assert.False(Item.Ear99(ItemKind.Software).IsAntiTerrorismOnly);
        // EAR99 has no reasons for control, whatever the caller passes.
        Assert.Equal(ReasonsForControl.None, new Item(ItemKind.Commodity, Classification.Ear99, ReasonsForControl.NS).Reasons);
    }

    [Fact]
    public void Items_describe_themselves()
    {
        Assert.Equal("EAR99 software", Item.Ear99(ItemKind.Software).ToString());
        Assert.Equal("5A992.c commodity (AT)", new Item(ItemKind.Commodity, Classification.Parse("5A992.c"), ReasonsForControl.AT).ToString());
        Assert.Equal("5D002 software (NS+AT)", new Item(ItemKind.Software, Classification.Parse("5D002"), ReasonsForControl.NS | ReasonsForControl.AT).ToString());
        Assert.Equal("5D002 software (reasons unknown), not subject to the EAR", new Item(ItemKind.Software, Classification.Parse("5D002"), subjectToEar: false).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Item((ItemKind)9, Classification.Ear99));
    }
}

public sealed class PartyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_party_needs_a_name(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new Party(name, PartyRole.EndUser));
        Assert.Equal("name", e.ParamName);
        Assert.ThrowsAny<ArgumentException>(() => new Party(null!, PartyRole.EndUser));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("CHN")]
    [InlineData("C")]
    [InlineData("")]
    [InlineData("UK")] // not the ISO code (GB)
    public void A_country_must_be_an_iso_alpha2_code(string country)
    {
        var e = Assert.Throws<ArgumentException>(() => new Party("Acme", PartyRole.EndUser, country));
        Assert.Equal("country", e.ParamName);
    }

    [Fact]
    public void Names_countries_and_ids_are_normalised()
    {
        var p = new Party("  Huawei Technologies Co., Ltd. ", PartyRole.UltimateConsignee, " cn ", "  ", " HUAWEI-0001 ");
        Assert.Equal("Huawei Technologies Co., Ltd.", p.Name);
        Assert.Equal("CN", p.Country);
        Assert.Null(p.Address);
        Assert.Equal("HUAWEI-0001", p.ListId);
        Assert.Equal("Huawei Technologies Co., Ltd. (CN, ultimate consignee)", p.ToString());
        Assert.Null(new Party("Acme", PartyRole.Purchaser, listId: " ").ListId);
        Assert.Equal("XK", new Party("Acme", PartyRole.Purchaser, "xk").Country);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Party("Acme", (PartyRole)7));
    }

    [Fact]
    public void Factory_methods_set_the_role()
    {
        Assert.Equal(PartyRole.Purchaser, Party.Purchaser("a").Role);
        Assert.Equal(PartyRole.IntermediateConsignee, Party.IntermediateConsignee("a").Role);
        Assert.Equal(PartyRole.UltimateConsignee, Party.UltimateConsignee("a").Role);
        Assert.Equal(PartyRole.EndUser, Party.EndUser("a", "de", "ID-1").Role);
        Assert.Equal("a (purchaser)", Party.Purchaser("a").ToString());
    }
}

public sealed class ExportRequestTests
{
    private static readonly Item Ear99 = Item.Ear99(ItemKind.Commodity);

    [Fact]
    public void A_request_needs_at_least_one_party()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, Array.Empty<Party>()));
        Assert.Equal("parties", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, null!));
    }

    [Fact]
    public void A_null_party_or_licence_is_rejected_with_its_position()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, new[] { Party.EndUser("a"), null! }));
        Assert.Contains("Party 2 is null", e.Message);
        var l = Assert.Throws<ArgumentException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, new[] { Party.EndUser("a") }, licences: new Licence[] { null! }));
        Assert.Equal("licences", l.ParamName);
    }

    [Fact]
    public void A_request_rejects_a_null_item_and_an_unknown_transfer()
    {
        Assert.Throws<ArgumentNullException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), null!, new[] { Party.EndUser("a") }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, new[] { Party.EndUser("a") }, transfer: (TransferKind)9));
    }

    [Fact]
    public void Defaults_and_immutability()
    {
        var parties = new[] { Party.EndUser("a") };
        var r = new ExportRequest(RequestBuilder.D("2020-01-01"), Ear99, parties, reference: " ");
        parties[0] = Party.EndUser("b");
        Assert.Equal("a", r.Parties[0].Name);
        Assert.Same(Activity.Sale, r.Activity);
        Assert.Same(TransactionFacts.None, r.Facts);
        Assert.Empty(r.Licences);
        Assert.Null(r.Reference);
        Assert.Equal(TransferKind.Export, r.Transfer);
        Assert.Equal("export of EAR99 commodity for sale to a (end user) on 2020-01-01", r.ToString());
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Party>)r.Parties)[0] = Party.EndUser("c"));
    }

    [Fact]
    public void Transaction_facts_validate_the_device_kind()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionFacts(deviceKind: (DeviceKind)5));
        Assert.Null(new TransactionFacts(standardsBody: "  ").StandardsBody);
        Assert.Equal("3GPP", new TransactionFacts(standardsBody: " 3GPP ").StandardsBody);
    }
}

public sealed class ActivityTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Repair")]
    [InlineData("network maintenance")]
    [InlineData("network_maintenance")]
    [InlineData("réparation")]
    public void Names_are_lower_case_letters_digits_and_hyphens(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new Activity(name, "d"));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void A_custom_activity_compares_by_name()
    {
        var repair = new Activity("repair-2", "repair");
        Assert.Equal(new Activity("repair-2", "other words"), repair);
        Assert.NotEqual(Activity.Sale, repair);
        Assert.Equal(new Activity("sale", "x"), Activity.Sale);
        Assert.Equal(new Activity("sale", "x").GetHashCode(), Activity.Sale.GetHashCode());
        Assert.Throws<ArgumentNullException>(() => new Activity("repair", null!));
        Assert.Equal("repair-2", repair.ToString());
    }

    [Theory]
    [InlineData("sale", "sale")]
    [InlineData(" NETWORK-MAINTENANCE ", "network-maintenance")]
    [InlineData("Standards-Published", "standards-published")]
    public void Well_known_activities_are_found_case_insensitively(string text, string name)
    {
        Assert.True(Activity.TryGetWellKnown(text, out var a));
        Assert.Equal(name, a.Name);
    }

    [Theory]
    [InlineData("repair")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_activities_are_not_found(string? text) => Assert.False(Activity.TryGetWellKnown(text, out _));

    [Fact]
    public void The_well_known_list_has_unique_names() =>
        Assert.Equal(Activity.WellKnown.Count, Activity.WellKnown.Select(a => a.Name).Distinct().Count());
}

public sealed class LicenceAndCitationTests
{
    private static readonly EffectiveWindow Year = EffectiveWindow.Between(RequestBuilder.D("2020-01-01"), RequestBuilder.D("2020-12-31"));

    [Fact]
    public void A_licence_needs_a_number_a_party_and_an_item()
    {
        Assert.Throws<ArgumentException>(() => new Licence(" ", Year, new[] { "HUAWEI-0001" }, new[] { Classification.Ear99 }));
        Assert.Throws<ArgumentException>(() => new Licence("D1", Year, Array.Empty<string>(), new[] { Classification.Ear99 }));
        Assert.Throws<ArgumentException>(() => new Licence("D1", Year, new[] { "HUAWEI-0001", " " }, new[] { Classification.Ear99 }));
        Assert.Throws<ArgumentException>(() => new Licence("D1", Year, new[] { "HUAWEI-0001" }, Array.Empty<Classification>()));
        Assert.Throws<ArgumentNullException>(() => new Licence("D1", Year, null!, new[] { Classification.Ear99 }));
        var l = new Licence(" D1 ", Year, new[] { " HUAWEI-0001 " }, new[] { Classification.Ear99 }, conditions: " ");
        Assert.Equal("D1", l.Number);
        Assert.Equal("HUAWEI-0001", l.Parties.Single());
        Assert.Null(l.Conditions);
        Assert.Equal("licence D1 (valid 2020-01-01 to 2020-12-31)", l.ToString());
    }

    [Fact]
    public void Citations_need_text_and_mark_unconfirmed_ones()
    {
        Assert.Throws<ArgumentException>(() => new Citation("  "));
        Assert.Equal("84 FR 22961", Citation.FederalRegister(84, 22961).ToString());
        Assert.Equal("85 FR 36719 (unconfirmed)", Citation.FederalRegister(85, 36719, unconfirmed: true).ToString());
        Assert.Equal("15 CFR 744.11", Citation.Cfr("744.11").Text);
        Assert.NotEqual(Citation.FederalRegister(85, 36719), Citation.FederalRegister(85, 36719, unconfirmed: true));
        Assert.Equal(new Citation(" 84 FR 22961 "), Citation.FederalRegister(84, 22961));
    }
}
