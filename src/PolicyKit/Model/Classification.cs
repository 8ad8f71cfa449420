using System;
using System.Text;

namespace PolicyKit;

/// <summary>
/// An item's export classification: <c>EAR99</c>, or an Export Control Classification Number such as
/// <c>5A992</c>, <c>5E002</c> or <c>5A992.c</c> (category digit, product group A–E or Y, three digits,
/// optional sub-paragraphs).
/// </summary>
public readonly struct Classification : IEquatable<Classification>
{
    private readonly string? _code;

    private Classification(string code) => _code = code;

    /// <summary>The catch-all classification for items subject to the EAR but not on the Commerce Control List.</summary>
    public static Classification Ear99 { get; } = new("EAR99");

    /// <summary>The canonical text, e.g. <c>EAR99</c> or <c>5D002.c.1</c>.</summary>
    public string Code => _code ?? "EAR99";

    /// <summary>Whether this is <c>EAR99</c>.</summary>
    public bool IsEar99 => _code is null || _code == "EAR99";

    /// <summary>The five-character ECCN without sub-paragraphs (e.g. <c>5D002</c>), or <c>EAR99</c>.</summary>
    public string BaseEccn => IsEar99 ? "EAR99" : Code.Substring(0, 5);

    /// <summary>Parses <c>EAR99</c> or an ECCN, case-insensitively.</summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static Classification Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (!TryParse(text, out var result))
            throw new FormatException($"'{text}' is not a classification; expected EAR99 or an ECCN such as 5A992, 5E002 or 5A992.c");
        return result;
    }

    /// <summary>Tries to parse <c>EAR99</c> or an ECCN, case-insensitively.</summary>
    public static bool TryParse(string? text, out Classification result)
    {
        result = default;
        if (text is null) return false;
        string s = text.Trim();
        if (string.Equals(s, "EAR99", StringComparison.OrdinalIgnoreCase)) { result = Ear99; return true; }
        if (s.Length < 5) return false;
        char category = s[0], group = char.ToUpperInvariant(s[1]);
        if (category < '0' || category > '9') return false;
        if ((group < 'A' || group > 'E') && group != 'Y') return false;
        for (int i = 2; i < 5; i++) if (s[i] < '0' || s[i] > '9') return false;
        var canonical = new StringBuilder(s.Length).Append(category).Append(group).Append(s, 2, 3);
        // Sub-paragraphs: ".a", ".a.1", ".b.2.c" … each non-empty and alphanumeric, kept in lower case.
        int pos = 5;
        while (pos < s.Length)
        {
            if (s[pos] != '.') return false;
            int start = ++pos;
            while (pos < s.Length && char.IsLetterOrDigit(s[pos]) && s[pos] < 128) pos++;
            if (pos == start) return false;
            canonical.Append('.').Append(s.Substring(start, pos - start).ToLowerInvariant());
        }
        result = new Classification(canonical.ToString());
        return true;
    }

    /// <summary>Whether this classification is <paramref name="eccn"/> or one of its sub-paragraphs
    /// (<c>5D002.c.1</c> is within <c>5D002</c>; <c>5D0021</c> is not a valid ECCN).</summary>
    public bool IsWithin(Classification eccn)
    {
        string mine = Code, other = eccn.Code;
        return mine == other || (mine.Length > other.Length && mine.StartsWith(other, StringComparison.Ordinal) && mine[other.Length] == '.');
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
    /// <inheritdoc/>
    public bool Equals(Classification other) => Code == other.Code;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Classification other && Equals(other);
    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);
#pragma warning disable CS1591
    public static bool operator ==(Classification left, Classification right) => left.Equals(right);
    public static bool operator !=(Classification left, Classification right) => !left.Equals(right);
#pragma warning restore CS1591
}
