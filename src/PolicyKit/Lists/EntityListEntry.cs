using System;
using System.Collections.Generic;
using System.Linq;

using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>Whether a list entry binds on a date.</summary>
public enum ListingStatus
{
    /// <summary>Not listed on that date (or no entry matches).</summary>
    NotListed,
    /// <summary>Listed and in effect on that date.</summary>
    Listed,
    /// <summary>The sources do not settle whether the entry was in effect on that date.</summary>
    Uncertain,
    /// <summary>The party names a list identifier that the list does not have.</summary>
    UnknownIdentifier,
}

/// <summary>
/// One Entity List entry (Supplement No. 4 to 15 CFR part 744): its names, country, addresses, the
/// Federal Register action that listed it with its effective and publication dates, and the licence
/// requirement and review policy of its columns.
/// </summary>
public sealed class EntityListEntry
{
    /// <summary>Creates an entry.</summary>
    /// <exception cref="ArgumentException">A required part is missing.</exception>
    public EntityListEntry(string id, string name, IEnumerable<string>? aliases, string? country, IEnumerable<string>? addresses,
        CalendarDate effective, CalendarDate? published, Citation federalRegister, string licenceRequirement,
        ReviewPolicy defaultReviewPolicy, IEnumerable<Classification>? caseByCaseItems = null,
        string? group = null, CalendarDate? listingUncertainFrom = null, CalendarDate? removed = null, string? source = null, string? notes = null)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An entry needs an identifier.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"Entry {id} needs a name.", nameof(name));
        if (listingUncertainFrom is { } u && u >= effective) throw new ArgumentException($"Entry {id}: listingUncertainFrom must be before the effective date.", nameof(listingUncertainFrom));
        if (removed is { } r && r <= effective) throw new ArgumentException($"Entry {id}: removed must be after the effective date.", nameof(removed));
        Id = id.Trim();
        Name = name.Trim();
        Aliases = ReadOnly.Copy((aliases ?? Enumerable.Empty<string>()).Select(a => a.Trim()).Where(a => a.Length > 0));
        Country = country is null ? null : CountryCode.Normalize(country, nameof(country));
        Addresses = ReadOnly.Copy(addresses ?? Enumerable.Empty<string>());
        Effective = effective;
        Published = published;
        FederalRegister = federalRegister ?? throw new ArgumentNullException(nameof(federalRegister));
        LicenceRequirement = string.IsNullOrWhiteSpace(licenceRequirement) ? throw new ArgumentException($"Entry {id} needs a licence requirement.", nameof(licenceRequirement)) : licenceRequirement;
        DefaultReviewPolicy = defaultReviewPolicy;
        CaseByCaseItems = ReadOnly.Copy(caseByCaseItems ?? Enumerable.Empty<Classification>());
        Group = string.IsNullOrWhiteSpace(group) ? null : group;
        ListingUncertainFrom = listingUncertainFrom;
        Removed = removed;
        Source = source;
        Notes = notes;
    }

    /// <summary>The stable identifier, e.g. <c>HUAWEI-0001</c>.</summary>
    public string Id { get; }
    /// <summary>The listed name.</summary>
    public string Name { get; }
    /// <summary>Other names: short names, alternative spellings, affiliated-entity names.</summary>
    public IReadOnlyList<string> Aliases { get; }
    /// <summary>ISO 3166-1 alpha-2 code, or null.</summary>
    public string? Country { get; }
    /// <summary>Addresses as listed.</summary>
    public IReadOnlyList<string> Addresses { get; }
    /// <summary>The date the listing took legal effect.</summary>
    public CalendarDate Effective { get; }
    /// <summary>The Federal Register publication date (what the CSL calls <c>start_date</c>), or null.</summary>
    public CalendarDate? Published { get; }
    /// <summary>The Federal Register citation of the listing.</summary>
    public Citation FederalRegister { get; }
    /// <summary>The entry's licence-requirement column, e.g. <c>For all items subject to the EAR</c>.</summary>
    public string LicenceRequirement { get; }
    /// <summary>The review policy for items not named in <see cref="CaseByCaseItems"/>.</summary>
    public ReviewPolicy DefaultReviewPolicy { get; }
    /// <summary>Classifications reviewed case by case (e.g. Hikvision's 1A004.c).</summary>
    public IReadOnlyList<Classification> CaseByCaseItems { get; }
    /// <summary>A family of entries that rules single out, e.g. <c>huawei</c>; or null.</summary>
    public string? Group { get; }
    /// <summary>When set, the sources do not settle whether the entry was in effect from this date
    /// until the day before <see cref="Effective"/>.</summary>
    public CalendarDate? ListingUncertainFrom { get; }
    /// <summary>The first date on which the entry no longer has effect, or null.</summary>
    public CalendarDate? Removed { get; }
    /// <summary>Where the entry's text comes from.</summary>
    public string? Source { get; }
    /// <summary>Anything unconfirmed about the entry.</summary>
    public string? Notes { get; }

    /// <summary>Whether the entry binds on <paramref name="date"/>.</summary>
    public ListingStatus StatusOn(CalendarDate date) =>
        Removed is { } removed && date >= removed ? ListingStatus.NotListed
        : date >= Effective ? ListingStatus.Listed
        : ListingUncertainFrom is { } from && date >= from ? ListingStatus.Uncertain
        : ListingStatus.NotListed;

    /// <summary>The review policy for an application to export <paramref name="item"/> to this entry.</summary>
    public ReviewPolicy ReviewPolicyFor(Item item)
    {
        foreach (var c in CaseByCaseItems)
            if (item.Classification.IsWithin(c)) return ReviewPolicy.CaseByCase;
        return DefaultReviewPolicy;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
