namespace PolicyKit.Analyzers.Benchmarks;

/// <summary>Diagnostic ids of other analyzers the harness looks for (PolicyKit's own are in <see cref="DiagnosticIds"/>).</summary>
internal static class Ids
{
    /// <summary>BannedApiAnalyzers: "Do not use banned APIs".</summary>
    public const string BannedApi = "RS0030";

    /// <summary>The analyzer driver: an analyzer threw.</summary>
    public const string AnalyzerException = "AD0001";
}
