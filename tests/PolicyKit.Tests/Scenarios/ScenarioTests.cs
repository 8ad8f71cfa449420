using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Scenarios;

/// <summary>
/// Decides every row of the scenario files (<c>huawei-scenarios.csv</c>, <c>boundary-dates.csv</c>) with
/// the built-in policy and checks outcome, rule, subject, review policy, citations and explanation.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly string[] Files = { "huawei-scenarios.csv", "boundary-dates.csv" };

    private static readonly Lazy<Dictionary<(string File, int Line), TestFiles.CsvRecord>> AllRows = new(() =>
        Files.SelectMany(f => Read(f).Select(r => (f, r))).ToDictionary(p => (p.f, p.r.Line), p => p.r));

    private static readonly Lazy<Dictionary<string, Licence>> Licences = new(() =>
        Read("licences.csv").ToDictionary(r => Required(r, "number"), ParseLicence));

    public static IEnumerable<object[]> Rows() =>
        AllRows.Value.OrderBy(p => p.Key.File).ThenBy(p => p.Key.Line)
            .Select(p => new object[] { p.Key.File, p.Key.Line, Required(p.Value, "because") });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_is_decided_as_expected(string file, int line, string because)
    {
        var row = AllRows.Value[(file, line)];
        var request = BuildRequest(row);
        var decision = RequestBuilder.DefaultPolicy.Evaluate(request);
        string context = $"{file}:{line} ({because})\n{decision.Explain()}";

        var expected = Enum.Parse<Outcome>(Required(row, "expected-outcome"));
        Assert.True(expected == decision.Outcome, $"expected {expected}, got {decision.Outcome}: {context}");
        Assert.True(decision.Outcome == PolicyEvaluation.Run(RequestBuilder.DefaultPolicy, request).Outcome, "fast pass and full evaluation disagree: " + context);
        Assert.Equal(request.Date, decision.AsOf);

        var rules = List(row["expected-rule"]);
        var subjects = List(row["expected-subject"]);
        switch (decision.Outcome)
        {
            case Outcome.LicenceRequired:
                var unmet = decision.Requirements.Where(r => !r.IsMet).Select(r => r.Requirement).ToList();
                Assert.True(rules.Count > 0, $"{file}:{line}: a LicenceRequired row must name the requirement rule");
                AssertSet(rules, unmet.Select(r => r.Rule.Id), "unmet requirement rules", context);
                if (subjects.Count > 0) AssertSet(subjects, unmet.Select(r => r.Subject?.Name ?? ""), "parties needing a licence", context);
                if (row["expected-review"] is { } review)
                    Assert.All(unmet, r => Assert.True(Enum.Parse<ReviewPolicy>(review) == r.ReviewPolicy, $"review policy {r.ReviewPolicy}: {context}"));
                break;
            case Outcome.Permitted:
                Assert.Empty(decision.Problems);
                Assert.Empty(decision.Prohibitions);
                Assert.All(decision.Requirements, r => Assert.True(r.IsMet, context));
                if (rules.Count == 0)
                {
                    Assert.True(decision.AppliedRules.Count == 0, "expected no rule to apply: " + context);
                    Assert.Contains("no rule applies", decision.Summary);
                }
                else
                {
                    AssertSet(rules, decision.ReliedOn.Select(f => f.Rule.Id), "relied-on rules", context);
                    if (subjects.Count > 0) AssertSet(subjects, decision.ReliedOn.Select(f => f.Subject?.Name ?? ""), "parties authorised", context);
                }
                break;
            case Outcome.NeedsReview:
                Assert.True(rules.Count > 0, $"{file}:{line}: a NeedsReview row must name the undecided rule");
                Assert.NotEmpty(decision.Problems);
                AssertSet(rules, decision.Problems.Select(p => p.Rule.Id), "rules with a problem", context);
                if (subjects.Count > 0) AssertSet(subjects, decision.Problems.Select(p => p.Subject?.Name ?? ""), "parties with a problem", context);
                break;
            default:
                Assert.Fail($"the built-in policy has no prohibitions: {context}");
                break;
        }

        foreach (string cite in List(row["expected-cites"], ';'))
            Assert.True(decision.Citations.Any(c => c.ToString() == cite), $"citation '{cite}' missing: {context}");
        if (row["expected-explain"] is { } text)
            Assert.True(decision.Explain().Contains(text, StringComparison.Ordinal), $"explanation lacks '{text}': {context}");
    }

    [Fact]
    public void Scenario_files_are_not_empty_and_cover_every_outcome_the_law_can_give()
    {
        var outcomes = AllRows.Value.Values.Select(r => Required(r, "expected-outcome")).Distinct().OrderBy(o => o).ToArray();
        Assert.Equal(new[] { "LicenceRequired", "NeedsReview", "Permitted" }, outcomes);
        Assert.True(AllRows.Value.Count >= 150, $"only {AllRows.Value.Count} scenario rows");
    }

    [Fact]
    public void Every_built_in_rule_decides_at_least_one_scenario()
    {
        // A rule no row names is a rule whose dates are untested.
        var named = AllRows.Value.Values.SelectMany(r => List(r["expected-rule"])).ToHashSet();
        var unnamed = RequestBuilder.DefaultPolicy.Rules.Select(r => r.Id).Where(id => !named.Contains(id)).ToArray();
        Assert.True(unnamed.Length == 0, "rules no scenario names: " + string.Join(", ", unnamed));
    }

    private static ExportRequest BuildRequest(TestFiles.CsvRecord row)
    {
        var parties = new List<Party>
        {
            new(Required(row, "party"), Role(row["role"] ?? "end-user"), row["country"], listId: row["party-id"]),
        };
        foreach (string other in List(row["other-parties"]))
        {
            // name@CC/role
            int slash = other.LastIndexOf('/');
            string role = slash < 0 ? "purchaser" : other.Substring(slash + 1);
            string nameAndCountry = slash < 0 ? other : other.Substring(0, slash);
            int at = nameAndCountry.LastIndexOf('@');
            parties.Add(at < 0
                ? new Party(nameAndCountry, Role(role))
                : new Party(nameAndCountry.Substring(0, at), Role(role), nameAndCountry.Substring(at + 1)));
        }

        var classification = Classification.Parse(row["item"] ?? "EAR99");
        var item = new Item(Kind(row["kind"] ?? "commodity"), classification,
            row["reasons"] is { } reasons ? Item.ParseReasons(reasons) : null,
            subjectToEar: (row["subject-to-ear"] ?? "yes") switch { "yes" => true, "no" => false, var v => throw new FormatException($"subject-to-ear '{v}'") });
        string activityName = row["activity"] ?? "sale";
        if (!Activity.TryGetWellKnown(activityName, out var activity)) throw new FormatException($"line {row.Line}: unknown activity '{activityName}'");
        var transfer = Enum.Parse<TransferKind>(Pascal(row["transfer"] ?? "export"));
        var facts = new TransactionFacts(
            row["contract-date"] is { } contract ? CalendarDate.Parse(contract) : null,
            row["device-available"] is { } available ? CalendarDate.Parse(available) : null,
            row["device-kind"] is { } device ? Enum.Parse<DeviceKind>(Pascal(device)) : null);
        var licences = List(row["licence"]).Select(n => Licences.Value.TryGetValue(n, out var l) ? l : throw new FormatException($"line {row.Line}: no licence {n} in licences.csv"));
        return new ExportRequest(CalendarDate.Parse(Required(row, "date")), item, parties, activity, transfer, facts, licences);
    }

    private static Licence ParseLicence(TestFiles.CsvRecord r) =>
        new(Required(r, "number"),
            new EffectiveWindow(CalendarDate.Parse(Required(r, "valid-from")), r["valid-through"] is { } t ? CalendarDate.Parse(t) : null),
            List(r["parties"]),
            List(r["items"]).Select(Classification.Parse),
            List(r["kinds"]).Select(Kind),
            List(r["activities"]).Select(a => Activity.TryGetWellKnown(a, out var act) ? act : throw new FormatException($"licences.csv:{r.Line}: activity '{a}'")),
            List(r["transfers"]).Select(t => Enum.Parse<TransferKind>(Pascal(t))),
            r["conditions"]);

    private static List<TestFiles.CsvRecord> Read(string file)
    {
        using var reader = new StreamReader(TestFiles.Output(Path.Combine("Scenarios", file)));
        return TestFiles.ReadCsv(reader, file);
    }

    private static string Required(TestFiles.CsvRecord row, string column) =>
        row[column] ?? throw new FormatException($"line {row.Line}: '{column}' is required");

    private static List<string> List(string? cell, char separator = '|') =>
        cell is null ? new List<string>() : cell.Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static PartyRole Role(string text) => Enum.Parse<PartyRole>(Pascal(text));

    private static ItemKind Kind(string text) => Enum.Parse<ItemKind>(Pascal(text));

    /// <summary><c>customer-premises-equipment</c> → <c>CustomerPremisesEquipment</c>; enum parsing stays exact.</summary>
    private static string Pascal(string text) =>
        string.Concat(text.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1)));

    private static void AssertSet(IEnumerable<string> expected, IEnumerable<string> actual, string what, string context)
    {
        var e = expected.Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var a = actual.Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.True(e.SequenceEqual(a), $"{what}: expected [{string.Join(", ", e)}], got [{string.Join(", ", a)}]: {context}");
    }
}
