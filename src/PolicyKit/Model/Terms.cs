using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>The words PolicyKit uses for one enum in files, command lines and explanations
/// (e.g. <c>in-country-transfer</c>), with parsing that accepts exactly those words, in any case.</summary>
public sealed class Terms<T> where T : struct, Enum
{
    private readonly KeyValuePair<string, T>[] _terms;

    internal Terms(string what, params KeyValuePair<string, T>[] terms)
    {
        What = what;
        _terms = terms;
        Names = Array.AsReadOnly(terms.Select(t => t.Key).ToArray());
    }

    /// <summary>What the words name, e.g. <c>kind of transfer</c>.</summary>
    public string What { get; }

    /// <summary>The words, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The word for <paramref name="value"/>.</summary>
    public string NameOf(T value)
    {
        foreach (var t in _terms) if (EqualityComparer<T>.Default.Equals(t.Value, value)) return t.Key;
        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {What}.");
    }

    /// <summary>Parses one of the words (case-insensitive, surrounding spaces ignored).</summary>
    public bool TryParse(string? text, out T value)
    {
        string? trimmed = text?.Trim();
        foreach (var t in _terms)
            if (string.Equals(t.Key, trimmed, StringComparison.OrdinalIgnoreCase)) { value = t.Value; return true; }
        value = default;
        return false;
    }

    /// <summary>Parses one of the words.</summary>
    /// <exception cref="FormatException">The text is none of them; the message lists them.</exception>
    public T Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a {What}; expected one of {string.Join(", ", Names)}");
}

/// <summary>The words for the request model's enums.</summary>
public static class Terms
{
    /// <summary>purchaser, intermediate-consignee, ultimate-consignee, end-user.</summary>
    public static Terms<PartyRole> Roles { get; } = new("party role",
        new("purchaser", PartyRole.Purchaser), new("intermediate-consignee", PartyRole.IntermediateConsignee),
        new("ultimate-consignee", PartyRole.UltimateConsignee), new("end-user", PartyRole.EndUser));

    /// <summary>commodity, software, technology.</summary>
    public static Terms<ItemKind> ItemKinds { get; } = new("kind of item",
        new("commodity", ItemKind.Commodity), new("software", ItemKind.Software), new("technology", ItemKind.Technology));

    /// <summary>export, reexport, in-country-transfer, release.</summary>
    public static Terms<TransferKind> Transfers { get; } = new("kind of transfer",
        new("export", TransferKind.Export), new("reexport", TransferKind.Reexport),
        new("in-country-transfer", TransferKind.InCountryTransfer), new("release", TransferKind.Release));

    /// <summary>handset, consumer-device, cpe.</summary>
    public static Terms<DeviceKind> DeviceKinds { get; } = new("kind of device",
        new("handset", DeviceKind.Handset), new("consumer-device", DeviceKind.ConsumerDevice), new("cpe", DeviceKind.CustomerPremisesEquipment));

    /// <summary>presumption of denial, case-by-case, presumption of approval.</summary>
    public static Terms<ReviewPolicy> ReviewPolicies { get; } = new("review policy",
        new("presumption of denial", ReviewPolicy.PresumptionOfDenial), new("case-by-case", ReviewPolicy.CaseByCase),
        new("presumption of approval", ReviewPolicy.PresumptionOfApproval));
}
