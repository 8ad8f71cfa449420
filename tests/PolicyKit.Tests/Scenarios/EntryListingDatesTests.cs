using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Scenarios;

/// <summary>
/// Every entry of the built-in seed, around its own dates: not listed the day before, NeedsReview through
/// any uncertain interval, LicenceRequired from the effective date with the entry's review policy and
/// Federal Register citation. By list identifier always, and by name where the name is the entry's alone.
/// </summary>
public sealed class EntryListingDatesTests
{
    public static IEnumerable<object[]> Entries() => EntityList.BuiltIn.Entries.Select(e => new object[] { e.Id });

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_entry_binds_from_its_effective_date(string id)
    {
        var entry = EntityList.BuiltIn.FindById(id)!;
        var byId = new Party("Business name " + id, PartyRole.EndUser, entry.Country, listId: id);
        Check(entry, byId);

        var sharing = EntityList.BuiltIn.FindByName(entry.Name);
        if (sharing.Count == 1)
            Check(entry, new Party(entry.Name, PartyRole.UltimateConsignee, entry.Country));
        else
            Assert.Contains(entry, sharing);
    }

    private static void Check(EntityListEntry entry, Party party)
    {
        var firstUncertain = entry.ListingUncertainFrom ?? entry.Effective;
        Expect(Outcome.Permitted, firstUncertain.AddDays(-1));
        if (entry.ListingUncertainFrom is { } from)
        {
            Expect(Outcome.NeedsReview, from);
            Expect(Outcome.NeedsReview, entry.Effective.AddDays(-1));
        }
        var d = Expect(Outcome.LicenceRequired, entry.Effective);
        var requirement = Assert.Single(d.Requirements).Requirement;
        Assert.Equal(entry.DefaultReviewPolicy, requirement.ReviewPolicy);
        Assert.Same(party, requirement.Subject);
        Assert.Contains(entry.FederalRegister, d.Citations);
        Expect(Outcome.LicenceRequired, new CalendarDate(2025, 1, 1));

        Decision Expect(Outcome outcome, CalendarDate date)
        {
            var decision = RequestBuilder.On(date).With(party).Decide();
            Assert.True(outcome == decision.Outcome, $"{entry.Id} as {party.Name} on {date}: expected {outcome}, got {decision.Summary}");
            return decision;
        }
    }
}
