using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyKit.Analyzers.Tests.TestSupport;

namespace PolicyKit.Package.Tests.Support;

/// <summary>A diagnostic as MSBuild prints it: <c>FILE(LINE,COL): warning ID: MESSAGE (LINK) [PROJECT]</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>What and where, without the message: <c>warning PK0001 at Dir/File.cs(41,13)</c>.</summary>
    public string Where => $"{Severity} {Id} at {File}({Line},{Column})";

    /// <summary>The form the tests compare: <c>warning PK0001 at Dir/File.cs(41,13): message</c>.</summary>
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>A finished build: its process result and the diagnostics it printed.</summary>
public sealed class BuildResult
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>[^\r\n]+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?$",
        RegexOptions.Multiline);

    public BuildResult(ProcessResult process, string projectDirectory)
    {
        Process = process;
        // dotnet build repeats every diagnostic in a summary after "Build succeeded." / "Build FAILED.";
        // only the lines before it are read, so each diagnostic counts once.
        var summary = Regex.Match(process.Output, @"^Build (succeeded|FAILED)\.\s*$", RegexOptions.Multiline);
        var body = summary.Success ? process.Output.Substring(0, summary.Index) : process.Output;
        Diagnostics = DiagnosticLine.Matches(body)
            .Select(m => new BuildDiagnostic(
                RelativeFile(m.Groups["file"].Value.Trim(), projectDirectory),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["column"].Value),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .ToList();
    }

    /// <summary>The build process: command, exit code, output.</summary>
    public ProcessResult Process { get; }

    /// <summary>Every file-located diagnostic the build printed, in order, each once.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    /// <summary>The diagnostics of the PolicyKit analyzers (ids PKnnnn).</summary>
    public IReadOnlyList<BuildDiagnostic> PolicyKitDiagnostics => Diagnostics.Where(d => d.Id.StartsWith("PK", StringComparison.Ordinal)).ToList();

    public override string ToString() => Process.ToString();

    private static string RelativeFile(string file, string projectDirectory) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(projectDirectory, file).Replace('\\', '/') : file.Replace('\\', '/');
}
