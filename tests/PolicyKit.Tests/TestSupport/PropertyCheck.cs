using FsCheck;
using FsCheck.Fluent;

namespace PolicyKit.Tests;

/// <summary>Runs FsCheck properties inside xUnit facts (FsCheck.Xunit is not used).</summary>
internal static class PropertyCheck
{
    /// <summary>Checks <paramref name="property"/> on <paramref name="maxTest"/> cases from a fixed seed, so that CI
    /// runs are reproducible, and throws (failing the test) with the counter-example on the first failure.</summary>
    public static void Verify(Property property, int maxTest = 400) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true).WithReplay(20190516UL, 0x9E3779B97F4A7C15UL), property);
}
