using System;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// Hands out export methods so that they make up <see cref="Share"/> of all methods. Fractions carry
/// over from one service to the next, so the overall share is exact rather than a random draw.
/// </summary>
internal sealed class ExportQuota
{
    private double _owed;

    public ExportQuota(double share)
    {
        if (share is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(share));
        Share = share;
    }

    public double Share { get; }

    /// <summary>The number of export methods to add next to <paramref name="otherMethods"/> ordinary ones.</summary>
    public int Take(int otherMethods)
    {
        // e / (m + e) = share  ⇔  e = m · share / (1 − share)
        _owed += otherMethods * Share / (1 - Share);
        var count = (int)Math.Floor(_owed);
        _owed -= count;
        return count;
    }
}
