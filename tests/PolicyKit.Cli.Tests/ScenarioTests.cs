using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary>The scenarios of issue 2, reproduced through <c>policykit check</c>.</summary>
public sealed class ScenarioTests
{
    private const string Sugon = "Sugon";

    public static TheoryData<string, string, string, string, int, string?> Scenarios => new()
    {
        // party, date, other options, outcome, exit code, authorisation relied on
        { Cli.Huawei, "2019-05-10", "--item EAR99 --kind commodity --activity sale", "Permitted", 0, null },
        { Cli.Huawei, "2019-05-17", "--item EAR99 --kind commodity --activity sale", "LicenceRequired", 3, null },
        { Cli.Huawei, "2019-06-01", "--item EAR99 --kind software --activity network-maintenance --contract-date 2019-03-01", "Permitted", 0, "EAR-TGL-2019-05-20-NETWORKS" },
        { Cli.Huawei, "2019-06-01", "--item EAR99 --kind software --activity network-maintenance --contract-date 2019-06-01", "LicenceRequired", 3, null },
        { Cli.Huawei, "2019-06-01", "--item EAR99 --kind technology --activity standards", "Permitted", 0, "EAR-TGL-2019-05-20-STANDARDS" },
        { Cli.Huawei, "2019-09-01", "--item EAR99 --kind technology --activity standards", "LicenceRequired", 3, null },
        { Cli.Huawei, "2020-07-01", "--item EAR99 --kind technology --activity standards", "Permitted", 0, "EAR-STANDARDS-2020" },
        { Cli.Huawei, "2020-07-01", "--item EAR99 --kind software --activity standards", "LicenceRequired", 3, null },
        { Cli.Huawei, "2022-10-01", "--item EAR99 --kind software --activity standards", "Permitted", 0, "EAR-STANDARDS-2022" },
        { Cli.Huawei, "2020-09-01", "--item EAR99 --kind software --activity device-support --device-kind handset --device-available 2019-01-01", "LicenceRequired", 3, null },
        { Sugon, "2019-06-20", "--item EAR99 --activity sale", "Permitted", 0, null },
        { Sugon, "2019-06-25", "--item EAR99 --activity sale", "LicenceRequired", 3, null },
        // A fact the TGL needs is missing: never a permit, and not a refusal either.
        { Cli.Huawei, "2019-06-01", "--item EAR99 --kind software --activity network-maintenance", "NeedsReview", 4, null },
        // The same request is permitted on the TGL's first day and not the day before.
        { Cli.Huawei, "2019-05-20", "--item EAR99 --kind software --activity network-maintenance --contract-date 2019-05-16", "Permitted", 0, "EAR-TGL-2019-05-20-NETWORKS" },
        { Cli.Huawei, "2019-05-19", "--item EAR99 --kind software --activity network-maintenance --contract-date 2019-05-16", "LicenceRequired", 3, null },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Check_reproduces_the_scenario(string party, string date, string options, string outcome, int exitCode, string? reliedOn)
    {
        var args = new[] { "check", "--party", party, "--country", "CN", "--date", date, "--json" }.Concat(options.Split(' ')).ToArray();

        var result = Cli.Run(args);

        Assert.Equal("", result.Error);
        Assert.Equal(exitCode, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(outcome, json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(date, json.RootElement.GetProperty("asOf").GetString());
        var relied = json.RootElement.GetProperty("reliedOn").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(reliedOn is null ? new string?[0] : new[] { reliedOn }, relied);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Check_summary_line_starts_with_the_outcome(string party, string date, string options, string outcome, int exitCode, string? reliedOn)
    {
        var result = Cli.Run(new[] { "check", "--party", party, "--country", "CN", "--date", date }.Concat(options.Split(' ')).ToArray());

        Assert.Equal(exitCode, result.ExitCode);
        string line = Assert.Single(result.OutLines);
        Assert.StartsWith($"{outcome} as of {date}", line);
        if (reliedOn is not null) Assert.Contains(reliedOn, line);
    }

    [Fact]
    public void The_readme_sample_file_reproduces_the_issue_scenarios_in_order()
    {
        // samples/huawei-scenarios.csv is what the README tells a newcomer to run; its rows are the first
        // twelve scenarios above, in the same order.
        string sample = Path.Combine(RepositoryRoot(), "samples", "huawei-scenarios.csv");
        var expected = Scenarios.Take(12).Select(row => (string)row[3]).ToArray();

        var result = Cli.Run("evaluate", sample, "--json");

        var outcomes = result.OutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("outcome").GetString()).ToArray();
        Assert.Equal(expected, outcomes);
        Assert.Equal(ExitCodes.NotPermitted, result.ExitCode);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("No PolicyKit.sln above the test directory.");
    }
}
