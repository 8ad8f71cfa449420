using System;
using System.Buffers;

namespace PolicyKit;

/// <summary>
/// The exact-match key of an organisation name: case folded, punctuation and spacing collapsed, and
/// trailing legal forms dropped, so that <c>HUAWEI TECHNOLOGIES CO.,LTD</c>, <c>Huawei Technologies
/// Co., Ltd.</c> and <c>Huawei Technologies Company Limited</c> have one key, and so do <c>Huawei
/// Chile S.A.</c> and <c>Huawei Chile SA</c> (dotted legal forms count too). Computed without
/// allocating, so that resolving a party by name costs no garbage.
/// </summary>
/// <remarks>This is exact matching on a normalised form, not fuzzy screening: a misspelt or
/// transliterated name does not match.</remarks>
internal static class NameKey
{
    private const int StackLimit = 256;

    // Trailing tokens that only state a legal form. Dropped from the end, never from the middle, and a
    // name is never reduced to nothing.
    private static readonly string[] LegalForms =
    {
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "llp", "lp", "plc",
        "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "spa", "srl", "sl", "ab", "as", "oy", "kk", "pte", "pty",
        "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "sdn", "bhd", "doo", "dd", "sro", "kft", "zrt",
    };

    /// <summary>The key as a string (allocates; used when building an index).</summary>
    public static string Of(string name)
    {
        char[]? rented = null;
        Span<char> buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            return buffer.Slice(0, Normalize(name.AsSpan(), buffer)).ToString();
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="output"/> (at least as
    /// long as the name) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> output)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && length > 0) output[length++] = ' ';
                pendingSpace = false;
                output[length++] = char.ToLowerInvariant(raw);
            }
            else if (raw is '\'' or '\u2019' or '\u0092')
            {
                // Apostrophes join (Xi'an = Xian), including the stray C1 character found in real list data.
            }
            else
            {
                pendingSpace = true;
            }
        }
        // Drop trailing legal-form tokens, keeping at least one token.
        Span<char> joined = stackalloc char[MaxDottedForm];
        while (true)
        {
            int lastSpace = output.Slice(0, length).LastIndexOf(' ');
            if (lastSpace < 0) break;
            var last = output.Slice(lastSpace + 1, length - lastSpace - 1);
            if (IsLegalForm(last)) { length = lastSpace; continue; }
            int dotted = DottedLegalFormStart(output.Slice(0, length), joined);
            if (dotted < 0) break;
            length = dotted - 1;
        }
        return length;
    }

    private const int MaxDottedForm = 5;

    /// <summary>A legal form written with dots ("S.A.", "B.V.", "S.p.A.") reaches the end of a key as
    /// single-character tokens ("s a"). Returns where the longest such trailing run that spells a legal
    /// form starts, or -1; the run never includes the first token.</summary>
    private static int DottedLegalFormStart(ReadOnlySpan<char> key, Span<char> joined)
    {
        int count = 0, end = key.Length, runStart = -1;
        Span<int> starts = stackalloc int[MaxDottedForm];
        while (count < MaxDottedForm)
        {
            int space = key.Slice(0, end).LastIndexOf(' ');
            if (space < 0 || end - space - 1 != 1) break; // the first token, or not a single character
            starts[count++] = space + 1;
            end = space;
        }
        for (int k = count; k >= 2; k--)
        {
            for (int i = 0; i < k; i++) joined[i] = key[starts[k - 1 - i]];
            if (IsLegalForm(joined.Slice(0, k))) { runStart = starts[k - 1]; break; }
        }
        return runStart;
    }

    private static bool IsLegalForm(ReadOnlySpan<char> token)
    {
        foreach (var form in LegalForms)
            if (token.SequenceEqual(form.AsSpan())) return true;
        return false;
    }

    /// <summary>A 64-bit FNV-1a hash of a key.</summary>
    public static long Hash(ReadOnlySpan<char> key)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    /// <summary>Calls <paramref name="lookup"/> with the key of <paramref name="name"/>, without allocating.</summary>
    public static TResult WithKey<TState, TResult>(string name, TState state, KeyFunc<TState, TResult> lookup)
    {
        char[]? rented = null;
        Span<char> buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            return lookup(buffer.Slice(0, Normalize(name.AsSpan(), buffer)), state);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    public delegate TResult KeyFunc<TState, TResult>(ReadOnlySpan<char> key, TState state);
}
