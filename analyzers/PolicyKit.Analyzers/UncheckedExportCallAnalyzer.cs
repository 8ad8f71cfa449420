using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyKit.Analyzers.Flow;

namespace PolicyKit.Analyzers;

/// <summary>
/// PK0001: an export function is called without a permitted policy check on every path that reaches
/// the call. Also reports PK0005 for malformed lines of <c>PolicyKit.ExportFunctions.txt</c>.
/// </summary>
/// <remarks>
/// Cheap first, flow analysis only where needed (as CA1416 does): an operation action collects the
/// export calls of a member; only members that contain one get a control-flow graph and the guard
/// analysis (<see cref="GuardFlowAnalysis"/>). A compilation that cannot contain export functions
/// registers nothing.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UncheckedExportCallAnalyzer : PolicyKitAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UncheckedExportCall, Descriptors.InvalidExportFunctionEntry);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols)
    {
        if (!symbols.ConfigurationDiagnostics.IsEmpty)
        {
            context.RegisterAdditionalFileAction(file =>
            {
                foreach (var diagnostic in symbols.ConfigurationDiagnostics)
                {
                    if (diagnostic.Location.GetLineSpan().Path == file.AdditionalFile.Path) file.ReportDiagnostic(diagnostic);
                }
            });
        }
        if (!symbols.CanContainExportFunctions) return;
        context.RegisterOperationBlockStartAction(block => AnalyzeBlock(block, symbols));
    }

    private static void AnalyzeBlock(OperationBlockStartAnalysisContext context, ExportSymbols symbols)
    {
        // The obligation of an [ExportFunction] member moves to its callers.
        if (symbols.IsExportFunction(context.OwningSymbol)) return;

        // Created on the first export call: most members have none, and this runs on every keystroke.
        Dictionary<SyntaxNode, ExportCall>? calls = null;
        var gate = new object();
        context.RegisterOperationAction(
            operation =>
            {
                if (Find(operation.Operation, symbols) is not { } call) return;
                lock (gate) (calls ??= new Dictionary<SyntaxNode, ExportCall>())[call.Syntax] = call;
            },
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference);

        context.RegisterOperationBlockEndAction(end =>
        {
            if (calls is null) return;
            foreach (var root in end.OperationBlocks)
            {
                if (!HasBody(root)) continue;
                var graph = end.GetControlFlowGraph(root);
                GuardFlowAnalysis.Analyze(graph, symbols, calls, end.CancellationToken);
            }
            foreach (var call in calls.Values)
            {
                // A call the graphs never reached is reported: fail closed.
                if (call.Uncovered || !call.Seen)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.UncheckedExportCall, call.Syntax.GetLocation(),
                        call.Member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), call.Detail ?? ""));
                }
            }
        });
    }

    /// <summary>The export call <paramref name="operation"/> makes, if it is one that needs a check.</summary>
    private static ExportCall? Find(IOperation operation, ExportSymbols symbols)
    {
        ISymbol? member = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (member is null || !symbols.IsExportFunction(member) || symbols.TakesClearance(member)) return null;
        if (IsInsideExportFunctionLocalFunction(operation, symbols) || IsInsideNameOf(operation)) return null;
        return new ExportCall(operation.Syntax, member);
    }

    private static bool IsInsideExportFunctionLocalFunction(IOperation operation, ExportSymbols symbols)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILocalFunctionOperation local && symbols.IsExportFunction(local.Symbol)) return true;
        }
        return false;
    }

    private static bool IsInsideNameOf(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is INameOfOperation) return true;
        }
        return false;
    }

    /// <summary>Roots a control-flow graph can be built for.</summary>
    private static bool HasBody(IOperation root) =>
        root is IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation
            or IParameterInitializerOperation;
}
