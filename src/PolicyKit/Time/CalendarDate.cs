using System;
using System.Globalization;

namespace PolicyKit;

/// <summary>
/// A date without a time of day or time zone: the legal date on which a transaction happens or a rule
/// takes effect. PolicyKit never reads the clock; every date is given explicitly.
/// </summary>
/// <remarks>
/// Stored as a day number so that comparisons and hashing are integer operations. Dates are proleptic
/// Gregorian, years 1 to 9999. <c>default(CalendarDate)</c> is 0001-01-01.
/// </remarks>
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>, IComparable
{
    private readonly int _dayNumber; // days since 0001-01-01

    private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

    /// <summary>Creates a date; throws <see cref="ArgumentOutOfRangeException"/> naming the bad part.</summary>
    public CalendarDate(int year, int month, int day)
    {
        if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days) throw new ArgumentOutOfRangeException(nameof(day), day, $"Day must be between 1 and {days} for {year:D4}-{month:D2}.");
        _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);
    }

    /// <summary>The earliest representable date, 0001-01-01.</summary>
    public static CalendarDate MinValue => default;

    /// <summary>The latest representable date, 9999-12-31.</summary>
    public static CalendarDate MaxValue { get; } = new(9999, 12, 31);

    private DateTime AsDateTime => new(_dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    /// <summary>The year (1–9999).</summary>
    public int Year => AsDateTime.Year;
    /// <summary>The month (1–12).</summary>
    public int Month => AsDateTime.Month;
    /// <summary>The day of the month (1–31).</summary>
    public int Day => AsDateTime.Day;

    /// <summary>The date <paramref name="days"/> days later (earlier when negative).</summary>
    public CalendarDate AddDays(int days)
    {
        long target = (long)_dayNumber + days;
        if (target < 0 || target > MaxValue._dayNumber)
            throw new ArgumentOutOfRangeException(nameof(days), days, "The resulting date is outside 0001-01-01 to 9999-12-31.");
        return new CalendarDate((int)target);
    }

    /// <summary>The calendar date of a <see cref="DateTime"/>, ignoring its time of day and kind.
    /// The caller decides which time zone's date is the legal one.</summary>
    public static CalendarDate FromDateTime(DateTime value) => new((int)(value.Date.Ticks / TimeSpan.TicksPerDay));

    /// <summary>Parses a strict ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid <c>yyyy-MM-dd</c> date.</exception>
    public static CalendarDate Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (!TryParse(text, out var date))
            throw new FormatException($"'{text}' is not a valid date; expected yyyy-MM-dd, e.g. 2019-05-16");
        return date;
    }

    /// <summary>Tries to parse a strict ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParse(string? text, out CalendarDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!TryDigits(text, 0, 4, out int y) || !TryDigits(text, 5, 2, out int m) || !TryDigits(text, 8, 2, out int d)) return false;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new CalendarDate(y, m, d);
        return true;
    }

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => AsDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(CalendarDate other) => _dayNumber == other._dayNumber;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);
    /// <inheritdoc/>
    public override int GetHashCode() => _dayNumber;
    /// <inheritdoc/>
    public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);
    int IComparable.CompareTo(object? obj) => obj is CalendarDate other ? CompareTo(other) : throw new ArgumentException("Not a CalendarDate.", nameof(obj));

#pragma warning disable CS1591 // Operators are self-explanatory.
    public static bool operator ==(CalendarDate left, CalendarDate right) => left._dayNumber == right._dayNumber;
    public static bool operator !=(CalendarDate left, CalendarDate right) => left._dayNumber != right._dayNumber;
    public static bool operator <(CalendarDate left, CalendarDate right) => left._dayNumber < right._dayNumber;
    public static bool operator <=(CalendarDate left, CalendarDate right) => left._dayNumber <= right._dayNumber;
    public static bool operator >(CalendarDate left, CalendarDate right) => left._dayNumber > right._dayNumber;
    public static bool operator >=(CalendarDate left, CalendarDate right) => left._dayNumber >= right._dayNumber;
#pragma warning restore CS1591
}
