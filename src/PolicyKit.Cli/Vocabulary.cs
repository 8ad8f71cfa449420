using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>The words the command line uses for one of the library's enums.</summary>
internal sealed class Choices<T> where T : struct, Enum
{
    private readonly (string Name, T Value)[] _choices;
    private readonly string _what;

    public Choices(string what, params (string Name, T Value)[] choices)
    {
        _what = what;
        _choices = choices;
    }

    /// <summary>The names, for messages and help: <c>a, b or c</c>.</summary>
    public string Names => Vocabulary.OneOf(_choices.Select(c => c.Name));

    /// <exception cref="FormatException">Not one of the names.</exception>
    public T Parse(string text)
    {
        foreach (var (name, value) in _choices)
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        throw new FormatException($"'{text}' is not a {_what}; expected {Names}");
    }
}

/// <summary>Parsers from command-line text to request parts. Each throws <see cref="FormatException"/>
/// with a message that quotes the text and says what was expected, but not where it came from.</summary>
internal static class Vocabulary
{
    public static readonly Choices<PartyRole> Roles = new("role",
        ("purchaser", PartyRole.Purchaser), ("intermediate-consignee", PartyRole.IntermediateConsignee),
        ("ultimate-consignee", PartyRole.UltimateConsignee), ("end-user", PartyRole.EndUser));

    public static readonly Choices<ItemKind> Kinds = new("kind of item",
        ("commodity", ItemKind.Commodity), ("software", ItemKind.Software), ("technology", ItemKind.Technology));

    public static readonly Choices<TransferKind> Transfers = new("kind of transfer",
        ("export", TransferKind.Export), ("reexport", TransferKind.Reexport),
        ("in-country-transfer", TransferKind.InCountryTransfer), ("release", TransferKind.Release));

    public static readonly Choices<DeviceKind> DeviceKinds = new("kind of device",
        ("handset", DeviceKind.Handset), ("consumer-device", DeviceKind.ConsumerDevice), ("cpe", DeviceKind.CustomerPremisesEquipment));

    public static string ActivityNames => OneOf(PolicyKit.Activity.WellKnown.Select(a => a.Name));

    public static CalendarDate Date(string text) =>
        CalendarDate.TryParse(text.Trim(), out var date) ? date
            : throw new FormatException($"'{text}' is not a valid date; expected yyyy-MM-dd, e.g. 2019-05-17");

    public static Classification Classification(string text) =>
        PolicyKit.Classification.TryParse(text, out var c) ? c
            : throw new FormatException($"'{text}' is not a classification; expected EAR99 or an ECCN such as 5A992, 5E002 or 5A992.c");

    public static string Country(string text)
    {
        string code = text.Trim().ToUpperInvariant();
        return CountryCode.IsValid(code) ? code
            : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 country code, e.g. CN, DE or US");
    }

    // Only the activities the built-in rules know: any other name could never meet a rule, so it is a typo.
    public static Activity Activity(string text) =>
        PolicyKit.Activity.TryGetWellKnown(text, out var activity) ? activity
            : throw new FormatException($"'{text}' is not an activity; expected {ActivityNames}");

    public static ReasonsForControl Reasons(string text) => Item.ParseReasons(text);

    public static string ReviewPolicyText(ReviewPolicy policy) => policy switch
    {
        ReviewPolicy.PresumptionOfDenial => "presumption of denial",
        ReviewPolicy.CaseByCase => "case-by-case",
        _ => "presumption of approval",
    };

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b or c</c>.</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}
