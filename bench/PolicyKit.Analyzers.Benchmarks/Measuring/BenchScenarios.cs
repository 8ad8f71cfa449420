using System.Collections.Generic;
using PolicyKit.Analyzers.Benchmarks.Compiling;

namespace PolicyKit.Analyzers.Benchmarks.Measuring;

/// <summary>The configurations of issue 3 (a–d), plus PolicyKit next to BannedApiAnalyzers (e), measured in one run.</summary>
internal sealed class BenchScenarios
{
    public BenchScenarios(GeneratedProject withPolicyKit, GeneratedProject withoutPolicyKit, AnalyzerSet policyKit, AnalyzerSet bannedApi)
    {
        CompileOnly = Scenario.CompileOnly("Compile only", withPolicyKit);
        PolicyKit = Scenario.Adding("+ PolicyKit analyzers", CompileOnly, policyKit);
        BannedApi = Scenario.Adding("+ BannedApiAnalyzers", CompileOnly, bannedApi);
        PolicyKitNextToBannedApi = Scenario.Adding("+ BannedApiAnalyzers + PolicyKit analyzers", BannedApi, policyKit);
        CompileOnlyWithoutPolicyKit = Scenario.CompileOnly("Compile only, no PolicyKit reference", withoutPolicyKit);
        PolicyKitWithoutPolicyKit = Scenario.Adding("+ PolicyKit analyzers, no PolicyKit reference", CompileOnlyWithoutPolicyKit, policyKit);
    }

    /// <summary>(a) The baseline: compiler diagnostics and emit, no analyzer.</summary>
    public Scenario CompileOnly { get; }

    /// <summary>(b) The same compilation with PolicyKit's analyzers.</summary>
    public Scenario PolicyKit { get; }

    /// <summary>(c) The same compilation with BannedApiAnalyzers banning the same export functions.</summary>
    public Scenario BannedApi { get; }

    /// <summary>
    /// (e) PolicyKit's analyzers added to (c). A lone analyzer makes the driver bind every method body
    /// again for its semantic models; real builds share that work among all analyzers (the SDK enables
    /// its own by default), so the extra wall time over (c) is the realistic wall-clock cost.
    /// </summary>
    public Scenario PolicyKitNextToBannedApi { get; }

    /// <summary>Baseline of (d): the look-alike variant, which does not reference PolicyKit.</summary>
    public Scenario CompileOnlyWithoutPolicyKit { get; }

    /// <summary>(d) PolicyKit's analyzers on a compilation that does not reference PolicyKit: they should bail out.</summary>
    public Scenario PolicyKitWithoutPolicyKit { get; }

    public IReadOnlyList<Scenario> All =>
        [CompileOnly, PolicyKit, BannedApi, PolicyKitNextToBannedApi, CompileOnlyWithoutPolicyKit, PolicyKitWithoutPolicyKit];
}
