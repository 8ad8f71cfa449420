using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>
/// A test's <c>.editorconfig</c> text, parsed by Roslyn's own <see cref="AnalyzerConfigSet"/> and fed to a
/// compilation the way the compiler feeds it: severities through a <see cref="SyntaxTreeOptionsProvider"/>,
/// options through an <see cref="AnalyzerConfigOptionsProvider"/>. Both APIs are public in Roslyn 4.5 and
/// current Roslyn alike, and unlike <c>SpecificDiagnosticOptions</c> they also cover per-file sections.
/// </summary>
internal sealed class TestConfiguration
{
    private readonly AnalyzerConfigSet? _set;

    private TestConfiguration(AnalyzerConfigSet? set, string? path, string? text)
    {
        _set = set;
        Path = path;
        Text = text;
    }

    /// <summary>No configuration.</summary>
    public static TestConfiguration None { get; } = new(null, null, null);

    /// <summary>Where the configuration file is (<c>.editorconfig</c> or <c>.globalconfig</c>); null when there is none.</summary>
    public string? Path { get; }

    /// <summary>The configuration file's text as Roslyn reads it; null when there is none.</summary>
    public string? Text { get; }

    /// <summary>Parses <paramref name="text"/>, placed in <paramref name="directory"/> (see <see cref="TestOptions.EditorConfig"/>).</summary>
    /// <exception cref="ArgumentException">Roslyn rejects the configuration.</exception>
    public static TestConfiguration Parse(string? text, string directory)
    {
        if (string.IsNullOrWhiteSpace(text)) return None;
        var hasSections = text.Split('\n').Any(line => line.TrimStart().StartsWith("[", StringComparison.Ordinal));
        var isGlobal = !hasSections || text.Contains("is_global", StringComparison.Ordinal);
        if (isGlobal && !text.Contains("is_global", StringComparison.Ordinal)) text = "is_global = true\n" + text;
        var path = directory + (isGlobal ? ".globalconfig" : ".editorconfig");
        var config = AnalyzerConfig.Parse(text, path);
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out var diagnostics);
        var problems = diagnostics.Concat(set.GlobalConfigOptions.Diagnostics).ToList();
        if (problems.Count > 0) throw new ArgumentException("The test's editorconfig is invalid: " + string.Join("; ", problems));
        return new TestConfiguration(set, path, text);
    }

    /// <summary>The compiler's view: severities per file, and globally for diagnostics outside source files.</summary>
    public SyntaxTreeOptionsProvider? SyntaxTreeOptions => _set is null ? null : new SeverityProvider(this);

    /// <summary>The analyzers' view of the configured options.</summary>
    public AnalyzerConfigOptionsProvider AnalyzerOptions => new AnalyzerOptionsProvider(this);

    private AnalyzerConfigOptionsResult? ForPath(string path) => _set?.GetOptionsForSourcePath(path);

    private AnalyzerConfigOptionsResult? Global => _set?.GlobalConfigOptions;

    private sealed class SeverityProvider : SyntaxTreeOptionsProvider
    {
        private readonly TestConfiguration _configuration;

        public SeverityProvider(TestConfiguration configuration) => _configuration = configuration;

        // generated_code = true|false in the configuration; otherwise Roslyn's file name and comment heuristics.
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            _configuration.ForPath(tree.FilePath)?.AnalyzerOptions.TryGetValue("generated_code", out var value) == true && bool.TryParse(value, out var generated)
                ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return _configuration.ForPath(tree.FilePath)?.TreeOptions.TryGetValue(diagnosticId, out severity) == true;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return _configuration.Global?.TreeOptions.TryGetValue(diagnosticId, out severity) == true;
        }
    }

    private sealed class AnalyzerOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly TestConfiguration _configuration;

        public AnalyzerOptionsProvider(TestConfiguration configuration) => _configuration = configuration;

        public override AnalyzerConfigOptions GlobalOptions => new Options(_configuration.Global?.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_configuration.ForPath(tree.FilePath)?.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_configuration.ForPath(textFile.Path)?.AnalyzerOptions);
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string>? values) => _values = values ?? ImmutableDictionary<string, string>.Empty.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public override string ToString() => System.IO.Path.GetFileName(Path);
}
