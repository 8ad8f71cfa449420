using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKit.Tests.Lists;

/// <summary>The built-in Entity List seed against its own provenance (src/PolicyKit/Data/README.md) and the fact sheet.</summary>
public sealed class SeedIntegrityTests
{
    private static readonly EntityList Seed = EntityList.BuiltIn;
    private static readonly string DataDir = Path.Combine(TestFiles.RepositoryRoot, "src", "PolicyKit", "Data");

    private static readonly string[] HuaweiActions = { "84 FR 22961", "84 FR 43493", "85 FR 51596" };

    [Fact]
    public void The_embedded_seed_is_the_checked_in_file()
    {
        byte[] file = File.ReadAllBytes(Path.Combine(DataDir, "entity-list-seed.json"));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(file)).ToLowerInvariant(), Seed.ContentHash);
        Assert.Equal("PolicyKit built-in Entity List seed", Seed.Name);
        Assert.False(string.IsNullOrWhiteSpace(Seed.Version));
        Assert.Contains("NOT the current Entity List", Seed.Provenance);
    }

    [Fact]
    public void Identifiers_are_unique_and_every_date_in_the_file_parses()
    {
        Assert.Equal(Seed.Entries.Count, Seed.Entries.Select(e => e.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataDir, "entity-list-seed.json")));
        int dates = 0;
        foreach (var entry in doc.RootElement.GetProperty("entries").EnumerateArray())
            foreach (string field in new[] { "effective", "published", "listingUncertainFrom", "removed" })
                if (entry.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null)
                {
                    Assert.True(CalendarDate.TryParse(v.GetString(), out _), $"{entry.GetProperty("id")}: {field} '{v}'");
                    dates++;
                }
        Assert.True(dates >= 2 * Seed.Entries.Count, $"only {dates} dates in {Seed.Entries.Count} entries");
    }

    /// <summary>The "What it holds" table of Data/README.md: effective, published, FR action, entries.</summary>
    private static List<(CalendarDate Effective, CalendarDate Published, string Action, int Count)> Waves()
    {
        var rows = new List<(CalendarDate, CalendarDate, string, int)>();
        foreach (string line in File.ReadLines(Path.Combine(DataDir, "README.md")))
        {
            var m = Regex.Match(line, @"^\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|([^|]*)\|\s*(\d+)\b");
            if (m.Success) rows.Add((CalendarDate.Parse(m.Groups[1].Value), CalendarDate.Parse(m.Groups[2].Value), m.Groups[3].Value, int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    [Fact]
    public void Each_wave_has_the_entries_data_readme_says()
    {
        var waves = Waves();
        Assert.Equal(5, waves.Count);
        foreach (var w in waves)
        {
            var entries = Seed.Entries.Where(e => e.Effective == w.Effective).ToList();
            Assert.True(w.Count == entries.Count, $"wave {w.Effective}: README says {w.Count}, the seed has {entries.Count}");
            Assert.All(entries, e => Assert.Equal(w.Published, e.Published));
            Assert.All(entries, e => Assert.Contains(e.FederalRegister.Text, w.Action));
        }
        Assert.Equal(waves.Sum(w => w.Count), Seed.Entries.Count);
    }

    [Fact]
    public void The_wave_counts_are_the_documented_ones()
    {
        // Pinned here as well, so that the README table and the data cannot drift together unnoticed.
        var counts = Seed.Entries.GroupBy(e => e.Effective.ToString()).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(new[] { "2019-05-16:66", "2019-06-24:5", "2019-08-19:33", "2019-10-09:2", "2020-08-17:38" }, counts);
    }

    [Fact]
    public void Every_huawei_entry_is_in_the_huawei_group_and_no_other_is()
    {
        foreach (var e in Seed.Entries)
        {
            bool byAction = HuaweiActions.Contains(e.FederalRegister.Text);
            bool byName = new[] { e.Name }.Concat(e.Aliases).Any(n => n.Contains("Huawei", StringComparison.OrdinalIgnoreCase));
            bool byId = e.Id.StartsWith("HUAWEI-", StringComparison.Ordinal);
            Assert.True(byAction == (e.Group == "huawei"), $"{e.Id}: group '{e.Group}', listed by {e.FederalRegister}");
            Assert.True(byId == (e.Group == "huawei"), $"{e.Id}: group '{e.Group}'");
            if (byName) Assert.True(e.Group == "huawei", $"{e.Id} {e.Name} is not in the huawei group");
        }
        Assert.Equal(137, Seed.Entries.Count(e => e.Group == "huawei"));
    }

    [Fact]
    public void The_six_affiliated_entities_have_an_uncertain_listing_interval()
    {
        var uncertain = Seed.Entries.Where(e => e.ListingUncertainFrom is not null).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"HUAWEI-AFF-{i:D4}"), uncertain.Select(e => e.Id));
        Assert.All(uncertain, e =>
        {
            Assert.Equal(new CalendarDate(2019, 5, 16), e.ListingUncertainFrom);
            Assert.Equal(new CalendarDate(2019, 8, 19), e.Effective);
            Assert.Contains("UNCONFIRMED", e.Notes);
        });
    }

    [Fact]
    public void Columns_match_the_fact_sheet()
    {
        var caseByCase = new[] { "1A004.c", "1A004.d", "1A995", "1A999.a", "1D003", "2A983", "2D983", "2E983" };
        foreach (var e in Seed.Entries)
        {
            Assert.Equal("For all items subject to the EAR", e.LicenceRequirement);
            Assert.Equal(ReviewPolicy.PresumptionOfDenial, e.DefaultReviewPolicy);
            Assert.NotNull(e.Country);
            Assert.Null(e.Removed);
            bool xinjiang = e.Effective == new CalendarDate(2019, 10, 9);
            Assert.Equal(xinjiang ? caseByCase : Array.Empty<string>(), e.CaseByCaseItems.Select(c => c.Code));
            Assert.Equal(xinjiang, e.FederalRegister.IsUnconfirmed);
        }
    }

    [Fact]
    public void Every_unconfirmed_value_is_named_in_the_notes()
    {
        foreach (var e in Seed.Entries.Where(e => e.FederalRegister.IsUnconfirmed || e.ListingUncertainFrom is not null))
            Assert.Contains("UNCONFIRMED", e.Notes ?? "");
    }
}
