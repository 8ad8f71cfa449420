using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers;

/// <summary>
/// PK0004: an export function is turned into a delegate or method group. PK0001 follows direct calls;
/// a delegate can be invoked anywhere, so calls through it would escape the check. Export functions
/// that take a <c>Clearance</c> are exempt: every call still needs the proof.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExportFunctionAsDelegateAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ExportFunctionAsDelegate);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = ExportSymbols.Create(start.Compilation, start.Options.AdditionalFiles, start.CancellationToken);
            if (!symbols.CanContainExportFunctions) return;
            start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.MethodReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ExportSymbols symbols)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        var method = reference.Method;
        if (!symbols.IsExportFunction(method)) return;
        foreach (var parameter in method.Parameters)
        {
            if (symbols.IsClearance(parameter.Type)) return;
        }
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ExportFunctionAsDelegate, reference.Syntax.GetLocation(),
            method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }
}
