using System;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Lists;

/// <summary>Resolving a party against a list on a date: by identifier, by name or alias, strongest status.</summary>
public sealed class EntityListResolutionTests
{
    private static readonly EntityList Seed = EntityList.BuiltIn;
    private static CalendarDate D(string s) => RequestBuilder.D(s);

    private static EntityListEntry Entry(string id, string name, string effective, string? uncertainFrom = null, string? removed = null,
        string[]? aliases = null, string[]? caseByCase = null) =>
        new(id, name, aliases, "CN", null, D(effective), null, new Citation("99 FR 1"), "For all items subject to the EAR",
            ReviewPolicy.PresumptionOfDenial, caseByCase?.Select(Classification.Parse), "test",
            uncertainFrom is null ? null : D(uncertainFrom), removed is null ? null : D(removed));

    private static EntityList ListOf(params EntityListEntry[] entries) => new(entries, "test list", "1", "tests", "0");

    [Theory]
    [InlineData("HUAWEI-0001")]
    [InlineData("huawei-0001")]
    [InlineData("Huawei-0001")]
    public void A_list_identifier_resolves_case_insensitively_whatever_the_name(string id)
    {
        var listing = Seed.Resolve(new Party("Shenzhen HQ", PartyRole.EndUser, listId: id), D("2019-06-01"));
        Assert.Equal(ListingStatus.Listed, listing.Status);
        Assert.Equal("HUAWEI-0001", listing.Entry!.Id);
        Assert.Null(listing.MatchedName);
        Assert.Same(listing.Entry, Seed.FindById(id));
    }

    [Fact]
    public void An_unknown_identifier_is_unresolvable_even_with_a_listed_name()
    {
        var party = new Party(RequestBuilder.Huawei, PartyRole.EndUser, "CN", listId: "HUAWEI-9999");
        var listing = Seed.Resolve(party, D("2019-06-01"));
        Assert.Equal(ListingStatus.UnknownIdentifier, listing.Status);
        Assert.Null(listing.Entry);
        Assert.Null(Seed.FindById("HUAWEI-9999"));

        var d = RequestBuilder.On("2019-06-01").With(party).Decide();
        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        var problem = Assert.Single(d.Problems);
        Assert.Equal(ProblemKind.MissingData, problem.Kind);
        Assert.Contains("the list entry 'HUAWEI-9999'", problem.Message);
    }

    [Theory]
    [InlineData("Hikvision", "HIKVISION-0001")]
    [InlineData("HIKVISION", "HIKVISION-0001")]
    [InlineData("Dawning Information Industry", "SUGON-0001")]
    [InlineData("JICT", "JICT-0001")]
    [InlineData("Huawei", "HUAWEI-0001")]
    [InlineData("Shenzhen Huawei Aisson Electric Co., Ltd.", "HUAWEI-AFF-0004")]
    public void An_alias_resolves_to_its_entry(string name, string id)
    {
        var listing = Seed.Resolve(new Party(name, PartyRole.EndUser), D("2020-06-01"));
        Assert.Equal(id, listing.Entry!.Id);
        Assert.NotNull(listing.MatchedName);
        Assert.Equal(NameKey.Of(name), NameKey.Of(listing.MatchedName!));
        Assert.Contains(listing.Entry, Seed.FindByName(name));
    }

    [Fact]
    public void An_unlisted_name_is_not_listed()
    {
        var listing = Seed.Resolve(new Party("Acme Trading GmbH", PartyRole.EndUser, "DE"), D("2020-06-01"));
        Assert.Equal(ListingStatus.NotListed, listing.Status);
        Assert.Null(listing.Entry);
        Assert.Empty(Seed.FindByName("Acme Trading GmbH"));
        Assert.Equal(ListingStatus.NotListed, Seed.Resolve(new Party("---", PartyRole.EndUser), D("2020-06-01")).Status);
    }

    [Fact]
    public void A_name_shared_by_two_seed_entries_resolves_to_the_one_in_effect()
    {
        // "Huawei Software Technologies Co., Ltd." is the Nanjing entry (2019-05-16) and an alias of the UK
        // entry (2019-08-19): on 2019-06-01 only the first binds.
        const string name = "Huawei Software Technologies Co., Ltd.";
        Assert.Equal(new[] { "HUAWEI-0023", "HUAWEI-0081" }, Seed.FindByName(name).Select(e => e.Id).OrderBy(i => i));
        var listing = Seed.Resolve(new Party(name, PartyRole.EndUser), D("2019-06-01"));
        Assert.Equal(ListingStatus.Listed, listing.Status);
        Assert.Equal("HUAWEI-0023", listing.Entry!.Id);
    }

    [Fact]
    public void When_entries_share_a_name_the_strongest_status_wins_whatever_their_order()
    {
        var later = Entry("LATER-1", "Shared Name Ltd", "2020-01-01");
        var earlier = Entry("EARLIER-1", "Shared Name Co.", "2019-01-01");
        var uncertain = Entry("UNCERTAIN-1", "Shared Name", "2021-01-01", uncertainFrom: "2019-06-01");
        var removed = Entry("REMOVED-1", "Shared Name Inc", "2018-01-01", removed: "2019-03-01");
        var party = new Party("SHARED NAME", PartyRole.EndUser);

        foreach (var list in new[] { ListOf(later, earlier, uncertain, removed), ListOf(removed, uncertain, earlier, later) })
        {
            Assert.Equal(("REMOVED-1", ListingStatus.Listed), Resolve(list, party, "2018-06-01"));
            Assert.Equal(("EARLIER-1", ListingStatus.Listed), Resolve(list, party, "2019-03-01"));
            Assert.Equal(("EARLIER-1", ListingStatus.Listed), Resolve(list, party, "2019-07-01"));
            Assert.Equal(4, list.FindByName("shared name").Count);
        }
        Assert.Equal(("UNCERTAIN-1", ListingStatus.Uncertain), Resolve(ListOf(removed, uncertain, later), party, "2019-07-01"));
        Assert.Equal(("UNCERTAIN-1", ListingStatus.Uncertain), Resolve(ListOf(later, uncertain, removed), party, "2019-07-01"));
    }

    private static (string, ListingStatus) Resolve(EntityList list, Party party, string date)
    {
        var l = list.Resolve(party, D(date));
        return (l.Entry!.Id, l.Status);
    }

    [Fact]
    public void An_entry_binds_from_its_effective_date_until_its_removal()
    {
        var e = Entry("E-1", "E", "2019-05-16", uncertainFrom: "2019-05-01", removed: "2020-01-01");
        Assert.Equal(ListingStatus.NotListed, e.StatusOn(D("2019-04-30")));
        Assert.Equal(ListingStatus.Uncertain, e.StatusOn(D("2019-05-01")));
        Assert.Equal(ListingStatus.Uncertain, e.StatusOn(D("2019-05-15")));
        Assert.Equal(ListingStatus.Listed, e.StatusOn(D("2019-05-16")));
        Assert.Equal(ListingStatus.Listed, e.StatusOn(D("2019-12-31")));
        Assert.Equal(ListingStatus.NotListed, e.StatusOn(D("2020-01-01")));
    }

    [Fact]
    public void A_removed_entry_no_longer_requires_a_licence()
    {
        var list = ListOf(Entry("E-1", "Example Trading", "2019-05-16", removed: "2020-01-01"));
        var policy = new ExportPolicy(PolicyKit.Ear.EarRules.Create(list));
        var party = new Party("Example Trading", PartyRole.EndUser);
        Assert.Equal(Outcome.LicenceRequired, policy.Evaluate(RequestBuilder.On("2019-12-31").With(party).Build()).Outcome);
        Assert.Equal(Outcome.Permitted, policy.Evaluate(RequestBuilder.On("2020-01-01").With(party).Build()).Outcome);
    }

    [Fact]
    public void An_entry_whose_licence_requirement_is_not_understood_needs_review()
    {
        var entry = new EntityListEntry("E-2", "Narrow Entry", null, "CN", null, D("2019-01-01"), null, new Citation("99 FR 2"),
            "For items subject to the EAR classified under ECCN 3A001", ReviewPolicy.CaseByCase);
        var policy = new ExportPolicy(PolicyKit.Ear.EarRules.Create(ListOf(entry)));
        var d = policy.Evaluate(RequestBuilder.On("2019-06-01").WithParty("Narrow Entry").Build());
        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        Assert.Contains("a reading of the licence requirement 'For items subject to the EAR classified under ECCN 3A001' of E-2", Assert.Single(d.Problems).Message);
    }

    [Fact]
    public void Review_policy_is_case_by_case_for_the_named_eccns_and_their_sub_paragraphs()
    {
        var hik = Seed.FindById("HIKVISION-0001")!;
        Assert.Equal(ReviewPolicy.CaseByCase, hik.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A995"))));
        Assert.Equal(ReviewPolicy.CaseByCase, hik.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A004.d.2"))));
        Assert.Equal(ReviewPolicy.PresumptionOfDenial, hik.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A004.a"))));
        Assert.Equal(ReviewPolicy.PresumptionOfDenial, hik.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A999"))));
        Assert.Equal(ReviewPolicy.CaseByCase, hik.ReviewPolicyFor(new Item(ItemKind.Commodity, Classification.Parse("1A999.a"))));
        Assert.Equal(ReviewPolicy.PresumptionOfDenial, hik.ReviewPolicyFor(Item.Ear99(ItemKind.Commodity)));
    }

    [Fact]
    public void Entries_and_lists_reject_inconsistent_data()
    {
        Assert.Throws<ArgumentException>(() => Entry("E", "N", "2019-05-16", uncertainFrom: "2019-05-16"));
        Assert.Throws<ArgumentException>(() => Entry("E", "N", "2019-05-16", removed: "2019-05-16"));
        Assert.Throws<ArgumentException>(() => Entry(" ", "N", "2019-05-16"));
        Assert.Throws<ArgumentException>(() => Entry("E", " ", "2019-05-16"));
        var e = Assert.Throws<ArgumentException>(() => ListOf(Entry("A-1", "One", "2019-01-01"), Entry("a-1", "Two", "2019-01-01")));
        Assert.Contains("a-1", e.Message);
        Assert.Throws<ArgumentNullException>(() => Seed.Resolve(null!, D("2019-01-01")));
        Assert.Throws<ArgumentNullException>(() => Seed.FindByName(null!));
    }
}
