using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary>Runs the built tool as a real process, to prove <c>Main</c>'s wiring of arguments, streams and exit codes.</summary>
public sealed class ToolProcessTests
{
    // The tool is built next to the tests (a project reference), with its runtimeconfig.json.
    private static readonly string ToolDll = Path.Combine(AppContext.BaseDirectory, "PolicyKit.Cli.dll");

    private static (int ExitCode, string Out, string Error) RunTool(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolDll);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the tool did not finish within a minute");
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void The_tool_reports_exit_codes_and_writes_to_the_right_streams()
    {
        var listed = RunTool("check", "--party", Cli.Huawei, "--country", "CN", "--item", "EAR99", "--date", "2019-05-17");
        var notYet = RunTool("check", "--party", Cli.Huawei, "--country", "CN", "--item", "EAR99", "--date", "2019-05-10", "--explain");
        var bad = RunTool("check", "--party", Cli.Huawei, "--item", "EAR99", "--date", "2019-13-01");

        Assert.Equal((3, ""), (listed.ExitCode, listed.Error));
        Assert.StartsWith("LicenceRequired as of 2019-05-17", listed.Out);
        Assert.Equal(0, notYet.ExitCode);
        Assert.Contains("no prohibition or licence requirement applies", notYet.Out);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("", bad.Out);
        Assert.Equal("--date: '2019-13-01' is not a valid date; expected yyyy-MM-dd, e.g. 2019-05-16", bad.Error.TrimEnd());
    }
}
