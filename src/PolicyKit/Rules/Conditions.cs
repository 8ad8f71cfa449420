using System;
using System.Linq;

namespace PolicyKit;

/// <summary>Ready-made conditions over the request model, with readable names.</summary>
public static class Conditions
{
    /// <summary>The activity is one of <paramref name="activities"/>.</summary>
    public static Condition ActivityIs(params Activity[] activities)
    {
        var set = Required(activities, nameof(activities));
        return Condition.Of($"activity is {string.Join(" or ", set.Select(a => a.Name))}",
            c => Array.IndexOf(set, c.Request.Activity) >= 0,
            c => new Evidence($"activity: {c.Request.Activity}"));
    }

    /// <summary>The item is of one of the given kinds.</summary>
    public static Condition ItemKindIs(params ItemKind[] kinds)
    {
        var set = Required(kinds, nameof(kinds));
        return Condition.Of($"item is {string.Join(" or ", set.Select(k => k.ToString().ToLowerInvariant()))}",
            c => Array.IndexOf(set, c.Request.Item.Kind) >= 0,
            c => new Evidence($"item kind: {c.Request.Item.Kind.ToString().ToLowerInvariant()}"));
    }

    /// <summary>The item is subject to the EAR (15 CFR 734.3).</summary>
    public static Condition ItemSubjectToEar { get; } = Condition.Of("item is subject to the EAR",
        c => c.Request.Item.SubjectToEar, c => new Evidence(c.Request.Item.SubjectToEar ? "subject to the EAR" : "not subject to the EAR"));

    /// <summary>The item is EAR99.</summary>
    public static Condition ItemIsEar99 { get; } = Condition.Of("item is EAR99",
        c => c.Request.Item.Classification.IsEar99, c => new Evidence($"classification: {c.Request.Item.Classification}"));

    /// <summary>The item is controlled for anti-terrorism reasons only; unknown when its reasons for control are not given.</summary>
    public static Condition ItemIsAntiTerrorismOnly { get; } = Condition.OfTruth("item is controlled for anti-terrorism reasons only",
        c => c.Request.Item.IsAntiTerrorismOnly is { } at ? TruthLogic.From(at) : Truth.Unknown,
        c => c.Request.Item.Reasons is { } r
            ? new Evidence($"{c.Request.Item.Classification} reasons for control: {(r == ReasonsForControl.None ? "none" : r.ToString())}")
            : Evidence.Missing($"reasons for control of {c.Request.Item.Classification}"));

    /// <summary>The item's classification is one of the given ECCNs or a sub-paragraph of one.</summary>
    /// <exception cref="FormatException">An ECCN is malformed.</exception>
    public static Condition ItemWithin(params string[] eccns)
    {
        var set = Required(eccns, nameof(eccns)).Select(Classification.Parse).ToArray();
        return Condition.Of($"item is classified {string.Join(" or ", set.Select(e => e.Code))}",
            c => set.Any(e => c.Request.Item.Classification.IsWithin(e)),
            c => new Evidence($"classification: {c.Request.Item.Classification}"));
    }

    /// <summary>The transfer is one of the given kinds.</summary>
    public static Condition TransferIs(params TransferKind[] kinds)
    {
        var set = Required(kinds, nameof(kinds));
        return Condition.Of($"transfer is {string.Join(" or ", set.Select(k => k.ToString().ToLowerInvariant()))}",
            c => Array.IndexOf(set, c.Request.Transfer) >= 0,
            c => new Evidence($"transfer: {c.Request.Transfer.ToString().ToLowerInvariant()}"));
    }

    /// <summary>The party in context is in one of the countries; unknown when its country is not given.</summary>
    public static Condition PartyInCountry(params string[] countries)
    {
        var set = Required(countries, nameof(countries)).Select(cc => CountryCode.Normalize(cc, nameof(countries))).ToArray();
        return Condition.OfTruth($"party is in {string.Join(" or ", set)}",
            c => c.RequireParty().Country is { } cc ? TruthLogic.From(Array.IndexOf(set, cc) >= 0) : Truth.Unknown,
            c => c.Party?.Country is { } cc ? new Evidence($"{c.Party.Name}: {cc}") : Evidence.Missing($"country of {c.Party?.Name}"));
    }

    /// <summary>The contract the transaction fulfils is dated on or before <paramref name="date"/>; unknown without a contract date.</summary>
    public static Condition ContractOnOrBefore(CalendarDate date) =>
        Condition.OnFact($"contract dated on or before {date}", "contract date", c => c.Request.Facts.ContractDate, d => d <= date);

    /// <summary>The supported device was first available to the public on or before <paramref name="date"/>; unknown without that date.</summary>
    public static Condition DeviceAvailableOnOrBefore(CalendarDate date) =>
        Condition.OnFact($"device available to the public on or before {date}", "date device first available", c => c.Request.Facts.DeviceFirstAvailable, d => d <= date);

    /// <summary>The supported device is of one of the given kinds; unknown without a device kind.</summary>
    public static Condition DeviceKindIs(params DeviceKind[] kinds)
    {
        var set = Required(kinds, nameof(kinds));
        return Condition.OnFact($"device is {string.Join(" or ", set.Select(DeviceKindText))}", "device kind",
            c => c.Request.Facts.DeviceKind, k => Array.IndexOf(set, k) >= 0);
    }

    internal static string DeviceKindText(DeviceKind kind) => kind switch
    {
        DeviceKind.Handset => "a handset",
        DeviceKind.ConsumerDevice => "a personal consumer electronic device",
        _ => "customer premises equipment",
    };

    private static T[] Required<T>(T[] values, string name)
    {
        if (values is null || values.Length == 0) throw new ArgumentException("Give at least one value.", name);
        foreach (var v in values) if (v is null) throw new ArgumentException("A value is null.", name);
        return (T[])values.Clone();
    }
}
