using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Reporting;

/// <summary>Median and range of repeated measurements: the median resists the outliers of a shared machine; the range shows the noise.</summary>
internal readonly record struct Summary(double Median, double Min, double Max)
{
    public static Summary Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No values to summarise.", nameof(values));
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Summary(median, sorted[0], sorted[^1]);
    }

    /// <summary>The spread (max − min) relative to the median.</summary>
    public double RelativeSpread => Median == 0 ? 0 : (Max - Min) / Math.Abs(Median);

    /// <summary>E.g. <c>12.34 (12.01–13.20)</c>; with one value just the value.</summary>
    public string Format(string format, string unit = "") =>
        Min == Max
            ? Median.ToString(format, CultureInfo.InvariantCulture) + unit
            : string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)}{unit} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
