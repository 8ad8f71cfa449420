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
public sealed class ExportFunctionAsDelegateAnalyzer : PolicyKitAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ExportFunctionAsDelegate);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols)
    {
        if (!symbols.CanContainExportFunctions) return;
        context.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.MethodReference);
    }

    private static void Analyze(OperationAnalysisContext context, ExportSymbols symbols)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        var method = reference.Method;
        if (!symbols.IsExportFunction(method) || symbols.TakesClearance(method)) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ExportFunctionAsDelegate, reference.Syntax.GetLocation(),
            method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }
}
