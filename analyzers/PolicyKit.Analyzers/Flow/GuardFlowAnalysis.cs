using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers.Flow;

/// <summary>
/// A forward "must" data-flow analysis over one control-flow graph: which checks hold on every path
/// into each basic block. Exception handlers start from what held everywhere in their try block;
/// leaving through a finally forgets what the finally assigns. Lambdas and local functions are analysed
/// as graphs of their own, starting with nothing checked.
/// </summary>
internal static class GuardFlowAnalysis
{
    /// <summary>Generous: real methods converge in two or three passes over their blocks.</summary>
    private const int VisitsPerBlock = 64;

    /// <summary>Analyses <paramref name="graph"/> and the graphs of the lambdas and local functions inside it that contain export calls.</summary>
    public static void Analyze(ControlFlowGraph graph, ExportSymbols symbols, IReadOnlyDictionary<SyntaxNode, ExportCall> calls, CancellationToken cancellationToken)
    {
        var volatileSymbols = CapturedAndWritten(graph);
        var walker = new GuardWalker(symbols, calls, volatileSymbols);
        if (!Solve(graph, walker, cancellationToken))
        {
            // Fail closed: when the analysis cannot conclude, every export call in the graph is reported.
            foreach (var block in graph.Blocks) walker.MarkSeen(block);
            foreach (var call in calls.Values)
            {
                if (graph.OriginalOperation.Syntax.Span.Contains(call.Syntax.Span)) call.MarkUncovered(" (the flow analysis could not conclude for this member)");
            }
        }

        foreach (var nested in NestedFunctions(graph, symbols))
        {
            var (nestedGraph, syntax, isExportFunction) = nested;
            if (isExportFunction || !ContainsCall(syntax, calls)) continue;
            Analyze(nestedGraph(), symbols, calls, cancellationToken);
        }
    }

    private static bool Solve(ControlFlowGraph graph, GuardWalker walker, CancellationToken cancellationToken)
    {
        var blocks = graph.Blocks;
        var entry = new GuardState?[blocks.Length];
        var handlerStates = new Dictionary<ControlFlowRegion, GuardState>();
        var finallyAssigns = new Dictionary<ControlFlowRegion, List<ISymbol>>();
        var finallyExits = new Dictionary<ControlFlowRegion, GuardState>();
        var queued = new bool[blocks.Length];
        var work = new SortedSet<int>();

        entry[0] = new GuardState();
        work.Add(0);
        var budget = blocks.Length * VisitsPerBlock + 256;
        while (work.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (--budget < 0) return false;
            var ordinal = work.Min;
            work.Remove(ordinal);
            var block = blocks[ordinal];
            var state = entry[ordinal]!.Clone();
            var branchValue = walker.Run(block, state, reporting: false);

            if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling) FinallyCompleted(block, state);
            Flow(block.ConditionalSuccessor, state, branchValue, block.ConditionKind == ControlFlowConditionKind.WhenTrue, conditional: true);
            Flow(block.FallThroughSuccessor, state, branchValue, block.ConditionKind == ControlFlowConditionKind.WhenFalse, conditional: block.ConditionKind != ControlFlowConditionKind.None);
            FlowToHandlers(block, entry[ordinal]!, state);
        }

        // The reporting pass: every reachable block once more, on its final entry state.
        foreach (var block in blocks)
        {
            if (entry[block.Ordinal] is { } state) walker.Run(block, state.Clone(), reporting: true);
            else walker.MarkSeen(block);
        }
        return true;

        void Flow(ControlFlowBranch? branch, GuardState state, FlowValue? branchValue, bool conditionIs, bool conditional)
        {
            if (branch?.Destination is not { } destination) return;
            var next = state.Clone();
            if (conditional && !next.Apply(GuardWalker.OnBranch(branchValue, conditionIs), walker.Permitted)) return;
            foreach (var region in branch.FinallyRegions)
            {
                // The finally runs on the way out: what it assigns is forgotten, what it checks is gained.
                // Until its exit state is known the branch waits; FinallyCompleted re-queues it.
                if (!finallyExits.TryGetValue(region, out var exit)) return;
                foreach (var symbol in AssignedIn(region)) next.Forget(symbol);
                foreach (var fact in exit.Cleared) next.AddCleared(fact);
            }
            Merge(destination.Ordinal, next);
        }

        void FinallyCompleted(BasicBlock block, GuardState exitState)
        {
            var region = block.EnclosingRegion;
            while (region is not null && region.Kind != ControlFlowRegionKind.Finally) region = region.EnclosingRegion;
            if (region is null) return;
            if (finallyExits.TryGetValue(region, out var known))
            {
                if (!known.JoinWith(exitState)) return;
            }
            else
            {
                finallyExits[region] = exitState.CloneWithoutValues();
            }
            // Branches that leave through this finally start in its try region: let them flow again.
            var tryRegion = region.EnclosingRegion!.NestedRegions[0];
            for (var i = tryRegion.FirstBlockOrdinal; i <= tryRegion.LastBlockOrdinal; i++)
            {
                if (entry[i] is not null) work.Add(i);
            }
        }

        void FlowToHandlers(BasicBlock block, GuardState before, GuardState after)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } tryStatement) continue;
                // An exception may leave the try anywhere: handlers get what held at every point in it.
                var changed = false;
                if (!handlerStates.TryGetValue(tryStatement, out var known))
                {
                    known = before.CloneWithoutValues();
                    handlerStates[tryStatement] = known;
                    changed = true;
                }
                else
                {
                    changed |= known.JoinWith(before);
                }
                changed |= known.JoinWith(after);
                if (!changed) continue;
                // A filter's first block for catch-with-filter: the filter flows into its handler by ordinary edges.
                for (var i = 1; i < tryStatement.NestedRegions.Length; i++)
                {
                    Merge(tryStatement.NestedRegions[i].FirstBlockOrdinal, known.CloneWithoutValues());
                }
            }
        }

        void Merge(int ordinal, GuardState incoming)
        {
            if (entry[ordinal] is not { } existing)
            {
                entry[ordinal] = incoming;
                work.Add(ordinal);
            }
            else if (existing.JoinWith(incoming))
            {
                work.Add(ordinal);
            }
        }

        List<ISymbol> AssignedIn(ControlFlowRegion region)
        {
            if (finallyAssigns.TryGetValue(region, out var symbols)) return symbols;
            symbols = new List<ISymbol>();
            for (var i = region.FirstBlockOrdinal; i <= region.LastBlockOrdinal; i++)
            {
                foreach (var operation in blocks[i].Operations) CollectAssigned(operation, symbols);
                if (blocks[i].BranchValue is { } value) CollectAssigned(value, symbols);
            }
            finallyAssigns[region] = symbols;
            return symbols;
        }
    }

    /// <summary>
    /// Locals and parameters that can change behind the analysis's back: written by a lambda or local
    /// function that captures them, or aliased by a ref local. Facts about them are never kept.
    /// </summary>
    private static HashSet<ISymbol> CapturedAndWritten(ControlFlowGraph graph)
    {
        var result = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in graph.OriginalOperation.Descendants())
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    foreach (var inner in operation.Descendants()) CollectAssigned(inner, result, onlyOuterTo: operation);
                    break;
                case IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None } refLocal:
                    result.Add(refLocal.Symbol);
                    foreach (var aliased in Targets(refLocal.Initializer?.Value)) result.Add(aliased);
                    break;
                case ISimpleAssignmentOperation { IsRef: true } refAssignment:
                    foreach (var aliased in Targets(refAssignment.Value)) result.Add(aliased);
                    break;
            }
        }
        return result;
    }

    private static void CollectAssigned(IOperation operation, ICollection<ISymbol> into, IOperation? onlyOuterTo = null)
    {
        foreach (var node in onlyOuterTo is null ? operation.DescendantsAndSelf() : new[] { operation })
        {
            var target = node switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };
            foreach (var symbol in Targets(target))
            {
                if (onlyOuterTo is null || !IsDeclaredWithin(symbol, onlyOuterTo)) into.Add(symbol);
            }
        }
    }

    private static IEnumerable<ISymbol> Targets(IOperation? target)
    {
        switch (target)
        {
            case ILocalReferenceOperation local: yield return local.Local; break;
            case IParameterReferenceOperation parameter: yield return parameter.Parameter; break;
            case IDeclarationExpressionOperation declaration:
                foreach (var s in Targets(declaration.Expression)) yield return s;
                break;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    foreach (var s in Targets(element)) yield return s;
                }
                break;
        }
    }

    private static bool IsDeclaredWithin(ISymbol symbol, IOperation function)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == function.Syntax.SyntaxTree && function.Syntax.Span.Contains(reference.Span)) return true;
        }
        return false;
    }

    private static IEnumerable<(System.Func<ControlFlowGraph> Graph, SyntaxNode Syntax, bool IsExportFunction)> NestedFunctions(ControlFlowGraph graph, ExportSymbols symbols)
    {
        foreach (var block in graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                foreach (var lambda in Lambdas(operation)) yield return (() => graph.GetAnonymousFunctionControlFlowGraph(lambda), lambda.Syntax, false);
            }
            if (block.BranchValue is { } value)
            {
                foreach (var lambda in Lambdas(value)) yield return (() => graph.GetAnonymousFunctionControlFlowGraph(lambda), lambda.Syntax, false);
            }
        }
        foreach (var localFunction in graph.LocalFunctions)
        {
            foreach (var reference in localFunction.DeclaringSyntaxReferences)
            {
                yield return (() => graph.GetLocalFunctionControlFlowGraph(localFunction), reference.GetSyntax(), symbols.IsExportFunction(localFunction));
            }
        }
    }

    private static IEnumerable<IFlowAnonymousFunctionOperation> Lambdas(IOperation operation)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is IFlowAnonymousFunctionOperation lambda) yield return lambda;
        }
    }

    private static bool ContainsCall(SyntaxNode syntax, IReadOnlyDictionary<SyntaxNode, ExportCall> calls)
    {
        foreach (var call in calls.Keys)
        {
            if (call.SyntaxTree == syntax.SyntaxTree && syntax.Span.Contains(call.Span)) return true;
        }
        return false;
    }
}
