using System;

namespace PolicyKit;

/// <summary>
/// The dates on which a rule has legal effect: from <see cref="From"/> through <see cref="Through"/>,
/// both inclusive, or open-ended when <see cref="Through"/> is null. Inclusive ends match how the
/// Federal Register states validity ("valid through August 13, 2020").
/// </summary>
public readonly struct EffectiveWindow : IEquatable<EffectiveWindow>
{
    /// <summary>Creates a window; <paramref name="through"/> may be null for an open end.</summary>
    /// <exception cref="ArgumentException"><paramref name="through"/> is before <paramref name="from"/>.</exception>
    public EffectiveWindow(CalendarDate from, CalendarDate? through)
    {
        if (through is { } end && end < from)
            throw new ArgumentException($"The window ends ({end}) before it starts ({from}).", nameof(through));
        From = from;
        Through = through;
    }

    /// <summary>The first day in effect.</summary>
    public CalendarDate From { get; }

    /// <summary>The last day in effect, or null while the rule is in effect indefinitely.</summary>
    public CalendarDate? Through { get; }

    /// <summary>A window that covers every date.</summary>
    public static EffectiveWindow Always => new(CalendarDate.MinValue, null);

    /// <summary>In effect from <paramref name="from"/> on, with no end.</summary>
    public static EffectiveWindow Starting(CalendarDate from) => new(from, null);

    /// <summary>In effect from <paramref name="from"/> through <paramref name="through"/>, inclusive.</summary>
    public static EffectiveWindow Between(CalendarDate from, CalendarDate through) => new(from, through);

    /// <summary>Whether the window covers <paramref name="date"/>.</summary>
    public bool Contains(CalendarDate date) => date >= From && (Through is not { } end || date <= end);

    /// <summary>Whether this window covers every date.</summary>
    public bool IsAlways => From == CalendarDate.MinValue && Through is null;

    /// <summary>E.g. <c>2019-05-20 to 2019-08-18</c>, <c>from 2020-08-17</c>, <c>always</c>.</summary>
    public override string ToString() =>
        IsAlways ? "always"
        : Through is { } end ? (From == CalendarDate.MinValue ? $"through {end}" : $"{From} to {end}")
        : $"from {From}";

    /// <inheritdoc/>
    public bool Equals(EffectiveWindow other) => From == other.From && Nullable.Equals(Through, other.Through);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EffectiveWindow other && Equals(other);
    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(From.GetHashCode() * 397 ^ Through.GetHashCode());
}
