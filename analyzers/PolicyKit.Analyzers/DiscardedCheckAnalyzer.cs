using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers;

/// <summary>
/// PK0002: the result of <c>Evaluate</c>, <c>TryClear</c> or a bool <c>[ExportCheck]</c> method is
/// discarded, so the check guards nothing. <c>EnsurePermitted</c> and void checks throw instead of
/// answering, so calling them as statements is how they are meant to be used.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedCheckAnalyzer : PolicyKitAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DiscardedCheck);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols)
    {
        if (symbols.ExportPolicy is null) return;
        context.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, ExportSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!AnswersInResult(invocation.TargetMethod, symbols)) return;

        // Climb through what does not consume the answer: ?., await, conversions. The diagnostic goes on
        // the call, or on the whole "policy?.Evaluate(r)" when the call hangs off a conditional access.
        IOperation outermost = invocation;
        var reported = invocation.Syntax;
        while (outermost.Parent is IConditionalAccessOperation or IAwaitOperation or IConversionOperation or IParenthesizedOperation
               && !(outermost.Parent is IConditionalAccessOperation access && access.Operation == outermost))
        {
            outermost = outermost.Parent;
            if (outermost is IConditionalAccessOperation) reported = outermost.Syntax;
        }
        if (!IsDiscarded(outermost)) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.DiscardedCheck, reported.GetLocation(),
            invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }

    private static bool AnswersInResult(IMethodSymbol method, ExportSymbols symbols)
    {
        if (symbols.IsPolicyMethod(method, "Evaluate") || symbols.IsPolicyMethod(method, "TryClear")) return true;
        // The return type first: it rules out almost every call without looking at attributes.
        return ExportSymbols.AnswerOf(method.ReturnType) is CheckAnswer.Bool or CheckAnswer.AwaitedBool && symbols.IsExportCheck(method);
    }

    private static bool IsDiscarded(IOperation operation) => operation.Parent switch
    {
        IExpressionStatementOperation => true,
        ISimpleAssignmentOperation { Target: IDiscardOperation } assignment => assignment.Value == operation && assignment.Parent is IExpressionStatementOperation,
        _ => false,
    };
}
