using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyKit.Analyzers;

/// <summary>
/// What every PolicyKit analyzer does first: skip generated code, run concurrently, and resolve the
/// PolicyKit symbols once per compilation before registering anything else.
/// </summary>
public abstract class PolicyKitAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            OnCompilationStart(start, ExportSymbols.Create(start.Compilation, start.Options.AdditionalFiles, start.CancellationToken)));
    }

    /// <summary>Registers the analyzer's actions for one compilation, or nothing when it cannot apply.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols);
}
