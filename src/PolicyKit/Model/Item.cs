using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>What is being transferred.</summary>
public enum ItemKind
{
    /// <summary>A physical good.</summary>
    Commodity,
    /// <summary>Software, including source code and updates.</summary>
    Software,
    /// <summary>Technology: information for development, production or use (drawings, designs, know-how).</summary>
    Technology,
}

/// <summary>Reasons for control of an ECCN on the Commerce Control List (15 CFR 742).</summary>
[Flags]
public enum ReasonsForControl
{
    /// <summary>No reason (only meaningful for EAR99).</summary>
    None = 0,
    /// <summary>National security.</summary>
    NS = 1 << 0,
    /// <summary>Missile technology.</summary>
    MT = 1 << 1,
    /// <summary>Nuclear nonproliferation.</summary>
    NP = 1 << 2,
    /// <summary>Chemical and biological weapons.</summary>
    CB = 1 << 3,
    /// <summary>Anti-terrorism.</summary>
    AT = 1 << 4,
    /// <summary>Regional stability.</summary>
    RS = 1 << 5,
    /// <summary>Crime control.</summary>
    CC = 1 << 6,
    /// <summary>Encryption items.</summary>
    EI = 1 << 7,
    /// <summary>Short supply.</summary>
    SS = 1 << 8,
    /// <summary>Surreptitious listening.</summary>
    SL = 1 << 9,
    /// <summary>Firearms convention.</summary>
    FC = 1 << 10,
    /// <summary>United Nations embargo.</summary>
    UN = 1 << 11,
    /// <summary>Significant items.</summary>
    SI = 1 << 12,
    /// <summary>Chemical weapons convention.</summary>
    CW = 1 << 13,
}

/// <summary>The item of a transaction: its kind, classification and whether the EAR reach it.</summary>
public sealed class Item
{
    /// <summary>Creates an item.</summary>
    /// <param name="kind">Commodity, software or technology.</param>
    /// <param name="classification">EAR99 or an ECCN.</param>
    /// <param name="reasons">The ECCN's reasons for control, or null when not known. Rules that need
    /// them (anti-terrorism-only carve-outs) treat null as missing data: never a permit.</param>
    /// <param name="subjectToEar">False for items outside US jurisdiction (15 CFR 734.3), e.g. published information.</param>
    /// <param name="description">Free text for explanations and records.</param>
    public Item(ItemKind kind, Classification classification, ReasonsForControl? reasons = null, bool subjectToEar = true, string? description = null)
    {
        if (!Enum.IsDefined(typeof(ItemKind), kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown item kind.");
        Kind = kind;
        Classification = classification;
        Reasons = classification.IsEar99 ? ReasonsForControl.None : reasons;
        SubjectToEar = subjectToEar;
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
    }

    /// <summary>Commodity, software or technology.</summary>
    public ItemKind Kind { get; }
    /// <summary>EAR99 or an ECCN.</summary>
    public Classification Classification { get; }
    /// <summary>Reasons for control; <see cref="ReasonsForControl.None"/> for EAR99; null when unknown.</summary>
    public ReasonsForControl? Reasons { get; }
    /// <summary>Whether the item is subject to the EAR.</summary>
    public bool SubjectToEar { get; }
    /// <summary>Free text, or null.</summary>
    public string? Description { get; }

    /// <summary>Whether the item is controlled for anti-terrorism reasons only; null when the reasons are unknown.</summary>
    public bool? IsAntiTerrorismOnly => Classification.IsEar99 ? false : Reasons is { } r ? r == ReasonsForControl.AT : null;

    /// <summary>An EAR99 item of the given kind.</summary>
    public static Item Ear99(ItemKind kind, string? description = null) => new(kind, Classification.Ear99, description: description);

    /// <summary>E.g. <c>EAR99 software</c> or <c>5A992 commodity (AT)</c>.</summary>
    public override string ToString()
    {
        string kind = Kind.ToString().ToLowerInvariant();
        if (Classification.IsEar99) return $"EAR99 {kind}";
        string reasons = Reasons is { } r ? (r == ReasonsForControl.None ? "no reasons" : r.ToString().Replace(", ", "+")) : "reasons unknown";
        return $"{Classification} {kind} ({reasons}){(SubjectToEar ? "" : ", not subject to the EAR")}";
    }

    /// <summary>Parses a reasons list such as <c>AT</c> or <c>NS,AT</c>.</summary>
    /// <exception cref="FormatException">An unknown reason.</exception>
    public static ReasonsForControl ParseReasons(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var result = ReasonsForControl.None;
        foreach (string part in text.Split(new[] { ',', '+', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsLetters(part) || !Enum.TryParse(part, ignoreCase: true, out ReasonsForControl r) || r == ReasonsForControl.None || !IsSingle(r))
                throw new FormatException($"'{part}' is not a reason for control; expected one of {string.Join(", ", SingleReasons())}.");
            result |= r;
        }
        return result;
    }

    private static bool IsLetters(string s)
    {
        foreach (char c in s) if (!char.IsLetter(c)) return false;
        return true;
    }

    private static bool IsSingle(ReasonsForControl r) => ((int)r & ((int)r - 1)) == 0 && Enum.IsDefined(typeof(ReasonsForControl), r);

    private static IEnumerable<string> SingleReasons()
    {
        foreach (ReasonsForControl r in Enum.GetValues(typeof(ReasonsForControl)))
            if (r != ReasonsForControl.None) yield return r.ToString();
    }
}
