using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyKit.Analyzers;

/// <summary>
/// What every PolicyKit analyzer does first: skip generated code, run concurrently, and resolve the
/// PolicyKit symbols once per compilation before registering anything else.
/// </summary>
public abstract class PolicyKitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// One resolution per compilation, shared by the analyzers of this assembly: an IDE creates a new
    /// compilation on every keystroke, and the symbols and the export-function file are the same for all.
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, ExportSymbols> SymbolsByCompilation = new();

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            OnCompilationStart(start, SymbolsByCompilation.GetValue(start.Compilation,
                compilation => ExportSymbols.Create(compilation, start.Options.AdditionalFiles, start.CancellationToken))));
    }

    /// <summary>Registers the analyzer's actions for one compilation, or nothing when it cannot apply.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols);
}
