using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>How a test compilation differs from the default: a C# 11 class library with the prelude.</summary>
public sealed record TestOptions
{
    /// <summary>A C# 11 class library with the prelude, no additional files and no configuration.</summary>
    public static TestOptions Default { get; } = new();

    /// <summary>
    /// Analyzer configuration in <c>.editorconfig</c> syntax, e.g. <c>dotnet_diagnostic.PK0001.severity = none</c>.
    /// Text without a section header (<c>[*.cs]</c>) is a global configuration (<c>is_global = true</c> is
    /// implied), which also applies to diagnostics in additional files; text with sections is the
    /// <c>.editorconfig</c> of the directory that holds the test files.
    /// </summary>
    public string? EditorConfig { get; init; }

    /// <summary>Additional files (<c>AdditionalFiles</c> items): a path relative to the test directory, or
    /// rooted, and the text, which may carry markup for the diagnostics expected in it.</summary>
    public IReadOnlyList<(string Path, string Text)> AdditionalFiles { get; init; } = Array.Empty<(string, string)>();

    /// <summary>The kind of output; <see cref="OutputKind.ConsoleApplication"/> allows top-level statements.</summary>
    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>Whether <see cref="Prelude"/> is compiled with the test source (default: yes).</summary>
    public bool IncludePrelude { get; init; } = true;
}
