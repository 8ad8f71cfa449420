using System;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PolicyKit.Tests.Model;

public sealed class CalendarDateTests
{
    [Theory]
    [InlineData("2019-05-16", 2019, 5, 16)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Parses_valid_dates(string text, int y, int m, int d)
    {
        var date = CalendarDate.Parse(text);
        Assert.Equal((y, m, d), (date.Year, date.Month, date.Day));
        Assert.Equal(new CalendarDate(y, m, d), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2019-02-29")] // not a leap year
    [InlineData("1900-02-29")] // century, not a leap year
    [InlineData("2019-13-01")]
    [InlineData("2019-00-10")]
    [InlineData("2019-04-31")]
    [InlineData("2019-05-00")]
    [InlineData("2019-5-1")]
    [InlineData("2019-05-1")]
    [InlineData("19-05-16")]
    [InlineData("2019/05/16")]
    [InlineData("2019-05-16T00:00")]
    [InlineData(" 2019-05-16")]
    [InlineData("0000-01-01")]
    [InlineData("+019-05-16")]
    [InlineData("２０１９-05-16")] // full-width digits
    [InlineData("")]
    public void Rejects_anything_but_strict_iso_dates(string text)
    {
        Assert.False(CalendarDate.TryParse(text, out var date));
        Assert.Equal(default, date);
        var e = Assert.Throws<FormatException>(() => CalendarDate.Parse(text));
        Assert.Contains("yyyy-MM-dd", e.Message);
    }

    [Fact]
    public void Null_is_an_argument_error_for_parse_and_false_for_try_parse()
    {
        Assert.Throws<ArgumentNullException>(() => CalendarDate.Parse(null!));
        Assert.False(CalendarDate.TryParse(null, out _));
    }

    [Theory]
    [InlineData(2019, 2, 29, "day")]
    [InlineData(2019, 13, 1, "month")]
    [InlineData(2019, 0, 1, "month")]
    [InlineData(0, 1, 1, "year")]
    [InlineData(10000, 1, 1, "year")]
    [InlineData(2019, 4, 31, "day")]
    public void The_constructor_names_the_bad_part(int y, int m, int d, string part)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarDate(y, m, d));
        Assert.Equal(part, e.ParamName);
    }

    [Fact]
    public void Default_is_the_minimum_and_arithmetic_stays_in_range()
    {
        Assert.Equal("0001-01-01", default(CalendarDate).ToString());
        Assert.Equal(CalendarDate.MinValue, default);
        Assert.Equal(new CalendarDate(2020, 3, 1), new CalendarDate(2020, 2, 28).AddDays(2));
        Assert.Equal(new CalendarDate(2019, 3, 1), new CalendarDate(2019, 2, 28).AddDays(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarDate.MinValue.AddDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarDate.MaxValue.AddDays(1));
        Assert.Equal(new CalendarDate(2019, 5, 16), CalendarDate.FromDateTime(new DateTime(2019, 5, 16, 23, 59, 59, DateTimeKind.Utc)));
    }

    [Fact]
    public void Comparison_matches_day_order()
    {
        var a = new CalendarDate(2019, 5, 16);
        var b = new CalendarDate(2019, 5, 17);
        Assert.True(a < b && a <= b && b > a && b >= a && a != b);
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Equal(-1, ((IComparable)a).CompareTo(b));
        Assert.Throws<ArgumentException>(() => ((IComparable)a).CompareTo("2019-05-17"));
        Assert.False(a.Equals((object)"2019-05-16"));
    }

    private static readonly Arbitrary<int> DayNumbers = Arb.From(Gen.Choose(0, 3_652_058)); // 0001-01-01 .. 9999-12-31

    [Fact]
    public void Format_and_parse_round_trip_and_agree_with_datetime() =>
        PropertyCheck.Verify(Prop.ForAll(DayNumbers, (Action<int>)(n =>
        {
            var date = CalendarDate.MinValue.AddDays(n);
            var reference = DateTime.MinValue.AddDays(n);
            Assert.Equal(reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.ToString());
            Assert.Equal(date, CalendarDate.Parse(date.ToString()));
            Assert.Equal((reference.Year, reference.Month, reference.Day), (date.Year, date.Month, date.Day));
            if (n < 3_652_058) Assert.True(date < date.AddDays(1));
        })), maxTest: 2000);
}

public sealed class EffectiveWindowTests
{
    private static CalendarDate D(string s) => RequestBuilder.D(s);

    [Fact]
    public void A_window_cannot_end_before_it_starts()
    {
        var e = Assert.Throws<ArgumentException>(() => new EffectiveWindow(D("2020-08-14"), D("2020-08-13")));
        Assert.Equal("through", e.ParamName);
        Assert.Throws<ArgumentException>(() => EffectiveWindow.Between(D("2020-08-14"), D("2020-08-13")));
    }

    [Fact]
    public void Both_ends_are_inclusive()
    {
        var w = EffectiveWindow.Between(D("2019-05-20"), D("2019-08-18"));
        Assert.False(w.Contains(D("2019-05-19")));
        Assert.True(w.Contains(D("2019-05-20")));
        Assert.True(w.Contains(D("2019-08-18")));
        Assert.False(w.Contains(D("2019-08-19")));
        var oneDay = EffectiveWindow.Between(D("2020-01-01"), D("2020-01-01"));
        Assert.True(oneDay.Contains(D("2020-01-01")));
        Assert.False(oneDay.Contains(D("2020-01-02")));
    }

    [Fact]
    public void Open_windows_and_text()
    {
        var from = EffectiveWindow.Starting(D("2020-08-17"));
        Assert.False(from.Contains(D("2020-08-16")));
        Assert.True(from.Contains(CalendarDate.MaxValue));
        Assert.True(EffectiveWindow.Always.Contains(CalendarDate.MinValue));
        Assert.True(EffectiveWindow.Always.IsAlways);
        Assert.False(from.IsAlways);
        Assert.Equal("always", EffectiveWindow.Always.ToString());
        Assert.Equal("from 2020-08-17", from.ToString());
        Assert.Equal("2019-05-20 to 2019-08-18", EffectiveWindow.Between(D("2019-05-20"), D("2019-08-18")).ToString());
        Assert.Equal("through 2020-01-01", new EffectiveWindow(CalendarDate.MinValue, D("2020-01-01")).ToString());
        Assert.Equal(EffectiveWindow.Always, default);
        Assert.NotEqual(from, EffectiveWindow.Between(D("2020-08-17"), D("2020-08-17")));
    }
}
