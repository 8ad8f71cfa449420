using System;

namespace PolicyKit.Ear;

/// <summary>Conditions that resolve parties against an <see cref="EntityList"/> on the request's date.</summary>
public static class EntityListConditions
{
    /// <summary>The party in context is on the list on the request's date. Unknown when the party names
    /// an identifier the list lacks, or when the sources leave the listing date uncertain.</summary>
    public static Condition PartyIsListed(EntityList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        return Condition.OfTruth("party is on the Entity List",
            c => list.Resolve(c.RequireParty(), c.Date).Status switch
            {
                ListingStatus.Listed => Truth.True,
                ListingStatus.NotListed => Truth.False,
                _ => Truth.Unknown,
            },
            c => Describe(list, c.RequireParty(), c.Date));
    }

    /// <summary>The item falls within the listed entry's licence-requirement column. A column that begins
    /// "For all items subject to the EAR" is read as covering every item (a qualification after those words,
    /// such as a cross-reference, is read conservatively as covering all items); any other text is unknown,
    /// for a person to review.</summary>
    public static Condition ItemWithinEntryRequirement(EntityList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        return Condition.OfTruth("item is within the entry's licence requirement",
            c => list.Resolve(c.RequireParty(), c.Date).Entry is { } e && CoversAllItems(e) ? Truth.True : Truth.Unknown,
            c => list.Resolve(c.RequireParty(), c.Date).Entry is { } e
                ? (CoversAllItems(e) ? new Evidence($"licence requirement: {e.LicenceRequirement}") : Evidence.Missing($"a reading of the licence requirement '{e.LicenceRequirement}' of {e.Id}"))
                : Evidence.Missing("the list entry"));
    }

    /// <summary>The subject party is on an entry of <paramref name="group"/> (e.g. <c>huawei</c>) that took
    /// effect on or before <paramref name="listedOnOrBefore"/> (any date when null).</summary>
    public static Condition SubjectInGroup(EntityList list, string group, CalendarDate? listedOnOrBefore = null)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        if (string.IsNullOrWhiteSpace(group)) throw new ArgumentException("Name the group.", nameof(group));
        string name = listedOnOrBefore is { } cutoff ? $"party is a {group} entry listed on or before {cutoff}" : $"party is a {group} entry";
        return Condition.Of(name,
            c => list.Resolve(c.RequireParty(), c.Date).Entry is { } e && e.Group == group && (listedOnOrBefore is not { } d || e.Effective <= d),
            c => list.Resolve(c.RequireParty(), c.Date).Entry is { } e
                ? new Evidence($"{e.Id} group: {e.Group ?? "none"}, effective {e.Effective}")
                : new Evidence("no list entry"));
    }

    private static bool CoversAllItems(EntityListEntry entry) =>
        entry.LicenceRequirement.StartsWith("For all items subject to the EAR", StringComparison.OrdinalIgnoreCase);

    private static Evidence Describe(EntityList list, Party party, CalendarDate date)
    {
        var listing = list.Resolve(party, date);
        var e = listing.Entry;
        string matched = listing.MatchedName is { } n ? (n == e?.Name ? " by name" : $" by alias '{n}'") : " by list identifier";
        switch (listing.Status)
        {
            case ListingStatus.Listed:
                return new Evidence($"{e!.Id} {e.Name}, matched{matched}; effective {e.Effective}{(e.Published is { } p ? $", published {p}" : "")}, {e.FederalRegister}",
                    new[] { e.FederalRegister });
            case ListingStatus.Uncertain:
                return new Evidence($"{e!.Id} {e.Name}: listed effective {e.Effective}, possibly from {e.ListingUncertainFrom} (unconfirmed)", null,
                    $"whether {e.Id} was listed on {date}");
            case ListingStatus.UnknownIdentifier:
                return new Evidence($"'{party.ListId}' is not an identifier in {list.Name} {list.Version}", null, $"the list entry '{party.ListId}'");
            default:
                return e is null
                    ? new Evidence($"no entry of {list.Name} {list.Version} has the name '{party.Name}'")
                    : new Evidence($"{e.Id} {e.Name} matched{matched}, but is not in effect on {date} (effective {e.Effective}{(e.Removed is { } r ? $", removed {r}" : "")})");
        }
    }
}
