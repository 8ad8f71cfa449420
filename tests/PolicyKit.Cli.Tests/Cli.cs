using System.IO;
using System.Linq;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary>What one in-process run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}

/// <summary>Runs <c>policykit</c> in-process through <see cref="CliApp.Run(string[], TextWriter, TextWriter)"/>.</summary>
public static class Cli
{
    public const string Huawei = "Huawei Technologies Co., Ltd.";

    public static CliResult Run(params string[] args) => Run(showProgress: false, args);

    public static CliResult Run(bool showProgress, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr, showProgress);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts exit code 2, nothing on stdout, and one line on stderr that contains every fragment.</summary>
    public static void AssertBadInput(CliResult result, params string[] fragments)
    {
        Assert.True(result.ExitCode == ExitCodes.BadInput, $"exit code {result.ExitCode}, stderr: {result.Error}");
        Assert.Equal("", result.Out);
        string message = result.Error.TrimEnd('\r', '\n');
        Assert.DoesNotContain('\n', message);
        foreach (string fragment in fragments) Assert.Contains(fragment, message);
    }
}
