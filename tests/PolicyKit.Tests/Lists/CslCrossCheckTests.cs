using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKit.Tests.Lists;

/// <summary>The seed's names against the real April 2022 Consolidated Screening List (../shared/data/csl-2022).</summary>
public sealed class CslCrossCheckTests
{
    private const string CslSha256 = "f55c580c0eadaeef6f291d5cd3653b147650c2019f227c92a93814aa5dc4364c";

    // Keyed by _id. Only Entity List ids are unique; some other lists repeat an _id on several rows.
    private static readonly Lazy<ILookup<string, TestFiles.CsvRecord>> Rows = new(Load);

    private static ILookup<string, TestFiles.CsvRecord> Load()
    {
        string path = Path.GetFullPath(Path.Combine(TestFiles.RepositoryRoot, "..", "shared", "data", "csl-2022", "consolidated.csv.gz"));
        if (!File.Exists(path))
            Assert.Fail($"The CSL test file is missing: {path}. The repository must sit beside ../shared (see .ci/run); this check is never skipped.");
        byte[] gz = File.ReadAllBytes(path);
        string sha = Convert.ToHexString(SHA256.HashData(gz)).ToLowerInvariant();
        Assert.True(sha == CslSha256, $"{path} is not the documented April 2022 CSL copy (sha256 {sha}, expected {CslSha256}).");
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gz), CompressionMode.Decompress), Encoding.UTF8);
        return TestFiles.ReadCsv(reader, "consolidated.csv").ToLookup(r => r["_id"]!, StringComparer.Ordinal);
    }

    /// <summary>The encoding repairs Data/README.md lists, applied to the CSL text, and spacing collapsed.</summary>
    private static string Repaired(string text) =>
        Regex.Replace(text.Replace("Co\u201dperatief", "Coöperatief").Replace("Telecomunicac?es", "Telecomunicações")
            .Replace("Xi?an", "Xi'an").Replace('\u0092', '\''), @"\s+", " ").Trim();

    private static IEnumerable<string> Names(TestFiles.CsvRecord row) =>
        new[] { row["name"] ?? "" }.Concat((row["alt_names"] ?? "").Split(';')).Select(Repaired).Where(n => n.Length > 0);

    private static bool IsEntityList(TestFiles.CsvRecord row) => (row["source"] ?? "").StartsWith("Entity List", StringComparison.Ordinal);

    private static readonly Lazy<string[]> EntityListNames = new(() => Rows.Value.SelectMany(g => g).Where(IsEntityList).SelectMany(Names).ToArray());

    private static bool InCsl(string name) => EntityListNames.Value.Any(n => n.Contains(Regex.Replace(name, @"\s+", " "), StringComparison.Ordinal));

    [Fact]
    public void The_file_is_the_documented_one()
    {
        var all = Rows.Value.SelectMany(g => g).ToList();
        Assert.Equal(14160, all.Count);
        var entityList = all.Where(IsEntityList).ToList();
        Assert.Equal(2001, entityList.Count);
        Assert.Equal(entityList.Count, entityList.Select(r => r["_id"]).Distinct().Count());
    }

    [Fact]
    public void Every_seed_name_appears_on_the_entity_list_rows_of_the_csl()
    {
        var missing = EntityList.BuiltIn.Entries.Where(e => !InCsl(e.Name)).Select(e => $"{e.Id} '{e.Name}'").ToArray();
        Assert.True(missing.Length == 0, "seed names not in the CSL: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_seed_alias_appears_in_the_csl_unless_the_notes_say_it_does_not()
    {
        var problems = new List<string>();
        foreach (var e in EntityList.BuiltIn.Entries)
            foreach (string alias in e.Aliases.Where(a => !InCsl(a)))
            {
                string notes = e.Notes ?? "";
                bool declared = notes.Contains("not in the CSL", StringComparison.OrdinalIgnoreCase) && notes.Contains(alias, StringComparison.Ordinal);
                if (!declared) problems.Add($"{e.Id} alias '{alias}'");
            }
        Assert.True(problems.Count == 0, "aliases neither in the CSL nor declared absent in the notes: " + string.Join("; ", problems));
        // The declared exceptions are exactly the two Data/README.md names.
        Assert.Equal(new[] { "DAHUA-0001", "HUAWEI-0007" },
            EntityList.BuiltIn.Entries.Where(e => e.Aliases.Any(a => !InCsl(a))).Select(e => e.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_source_row_exists_is_an_entity_list_row_of_the_wave_and_names_the_entry()
    {
        var byId = EntityList.BuiltIn.Entries.ToDictionary(e => e.Id);
        foreach (var e in EntityList.BuiltIn.Entries)
        {
            // The six affiliated entities point at the parent's rows ("see HUAWEI-0001 source").
            var see = Regex.Match(e.Source ?? "", @"see (\S+) source");
            var origin = see.Success ? byId[see.Groups[1].Value] : e;
            var ids = Regex.Matches(origin.Source ?? "", @"\b[0-9a-f]{40}\b").Select(m => m.Value).ToArray();
            Assert.True(ids.Length > 0, $"{e.Id}: no CSL row in its source");
            var rows = ids.Select(id => Rows.Value[id].SingleOrDefault() ?? throw new Xunit.Sdk.XunitException($"{e.Id}: CSL row {id} does not exist")).ToArray();
            Assert.All(rows, r => Assert.True(IsEntityList(r), $"{e.Id}: row {r["_id"]} is not an Entity List row"));
            string name = Regex.Replace(e.Name, @"\s+", " ");
            Assert.True(rows.SelectMany(Names).Any(n => n.Contains(name, StringComparison.Ordinal)), $"{e.Id}: '{e.Name}' is not in its source rows");
            if (!see.Success)
                Assert.Contains(e.Published.ToString(), rows.Select(r => r["start_date"]));
        }
    }
}
