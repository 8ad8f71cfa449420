using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>Parsers from command-line text to request parts. Each throws <see cref="FormatException"/>
/// with a message that quotes the text and says what was expected, but not where it came from.</summary>
internal static class Vocabulary
{
    /// <summary>The library's words for an enum, with the command line's message: <c>expected a, b or c</c>.</summary>
    public static T Parse<T>(Terms<T> terms, string text) where T : struct, Enum =>
        terms.TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a {terms.What}; expected {OneOf(terms.Names)}");

    /// <summary>The words of an enum for help text: <c>a, b or c</c>.</summary>
    public static string Names<T>(Terms<T> terms) where T : struct, Enum => OneOf(terms.Names);

    public static string ActivityNames => OneOf(PolicyKit.Activity.WellKnown.Select(a => a.Name));

    // The library's parsers throw FormatException with the message the command line shows.
    public static CalendarDate Date(string text) => CalendarDate.Parse(text.Trim());

    public static Classification Classification(string text) => PolicyKit.Classification.Parse(text);

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

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b or c</c>.</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}
