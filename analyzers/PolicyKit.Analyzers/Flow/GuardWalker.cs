using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers.Flow;

/// <summary>
/// The transfer function: evaluates the operations of one basic block in order over a
/// <see cref="GuardState"/>, recording checks, assignments that invalidate them, and (in the reporting
/// pass) whether each export call is covered.
/// </summary>
internal sealed class GuardWalker
{
    private readonly ExportSymbols _symbols;
    private readonly IReadOnlyDictionary<SyntaxNode, ExportCall> _calls;
    private readonly ISet<ISymbol> _volatile;
    private readonly int _allOutcomes;
    private readonly int _permitted;

    /// <summary>The bit of <c>Outcome.Permitted</c> in a decision's outcome set.</summary>
    public int Permitted => _permitted;
    private readonly Dictionary<CaptureId, ISymbol> _capturedVariables = new();
    private GuardState _state = new();
    private bool _reporting;

    public GuardWalker(ExportSymbols symbols, IReadOnlyDictionary<SyntaxNode, ExportCall> calls, ISet<ISymbol> volatileSymbols)
    {
        _symbols = symbols;
        _calls = calls;
        _volatile = volatileSymbols;
        (_allOutcomes, _permitted) = OutcomeBits(symbols);
    }

    /// <summary>Runs the block's operations on <paramref name="state"/> (mutated) and returns the value of its branch condition, if any.</summary>
    public FlowValue? Run(BasicBlock block, GuardState state, bool reporting)
    {
        _state = state;
        _reporting = reporting;
        foreach (var operation in block.Operations) Evaluate(operation);
        return block.BranchValue is null ? null : Evaluate(block.BranchValue);
    }

    /// <summary>Marks the export calls inside an unreachable block as seen: no path reaches them.</summary>
    public void MarkSeen(BasicBlock block)
    {
        foreach (var operation in block.Operations) MarkSeen(operation);
        if (block.BranchValue is not null) MarkSeen(block.BranchValue);
    }

    /// <summary>The refinement for taking a conditional branch whose condition has <paramref name="value"/>.</summary>
    public static Refinement OnBranch(FlowValue? value, bool conditionIs) =>
        value is FlowValue.Condition condition ? (conditionIs ? condition.WhenTrue : condition.WhenFalse) : Refinement.None;

    private void MarkSeen(IOperation operation)
    {
        if (_calls.TryGetValue(operation.Syntax, out var call)) call.Seen = true;
        foreach (var child in operation.ChildOperations)
        {
            if (child is not IFlowAnonymousFunctionOperation) MarkSeen(child);
        }
    }

    private FlowValue? Evaluate(IOperation? operation)
    {
        switch (operation)
        {
            case null:
                return null;
            case IFlowAnonymousFunctionOperation or IAnonymousFunctionOperation or INameOfOperation or ITypeOfOperation:
                // Lambdas have their own graphs: a check out here does not cover a call in there.
                return null;
            case ILiteralOperation or IDefaultValueOperation when operation.ConstantValue is { HasValue: true, Value: bool constant }:
                return Constant(constant);
            case IInvocationOperation invocation:
                return Invocation(invocation);
            case IObjectCreationOperation creation:
                EvaluateArguments(creation.Arguments);
                Evaluate(creation.Initializer);
                if (creation.Constructor is { } constructor) CheckExportCall(creation, constructor, creation.Arguments);
                return null;
            case IPropertyReferenceOperation property:
                return PropertyReference(property);
            case ILocalReferenceOperation local:
                return Reference(local.Local, local.Type);
            case IParameterReferenceOperation parameter:
                return Reference(parameter.Parameter, parameter.Type);
            case IFlowCaptureOperation capture:
                // A capture of a variable may be the target of an assignment later ("ok = ok || x").
                if (TrackedSymbol(capture.Value) is { } variable) _capturedVariables[capture.Id] = variable;
                var captured = Evaluate(capture.Value);
                if (captured is null && capture.Value.Type?.SpecialType == SpecialType.System_Boolean)
                {
                    // An opaque bool still carries its path: in "ok && x", whatever x is, ok held.
                    var here = _state.Snapshot(_allOutcomes);
                    captured = FlowValue.Condition.Create(here, here);
                }
                _state.SetValue(capture.Id, captured);
                return null;
            case IFlowCaptureReferenceOperation captureReference:
                return _state.GetValue(captureReference.Id);
            case ISimpleAssignmentOperation assignment:
                return Assignment(assignment);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return (Evaluate(not.Operand) as FlowValue.Condition)?.Negate();
            case IBinaryOperation binary:
                return Binary(binary);
            case IIsPatternOperation isPattern:
                {
                    var (whenTrue, whenFalse) = Pattern(isPattern.Pattern, Evaluate(isPattern.Value));
                    return FlowValue.Condition.Create(whenTrue, whenFalse);
                }
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand);
            case IAwaitOperation awaitOperation:
                return Await(Evaluate(awaitOperation.Operation));
            default:
                foreach (var child in operation.ChildOperations) Evaluate(child);
                ForgetAssignedTargets(operation);
                return null;
        }
    }

    private FlowValue.Condition Constant(bool value)
    {
        // A constant's meaning is what holds on the path that produced it: the arms of
        // "d.Outcome switch { Outcome.Permitted => true, _ => false }" merge into one condition.
        var here = _state.Snapshot(_allOutcomes);
        return value
            ? FlowValue.Condition.Create(here, Refinement.Infeasible)
            : FlowValue.Condition.Create(Refinement.Infeasible, here);
    }

    private FlowValue? Invocation(IInvocationOperation invocation)
    {
        var instance = Evaluate(invocation.Instance);
        EvaluateArguments(invocation.Arguments);
        var method = invocation.TargetMethod;

        if (_symbols.IsPolicyMethod(method, "EnsurePermitted"))
        {
            _state.AddCleared(RequestOf(invocation.Arguments));
            return null;
        }
        if (_symbols.IsPolicyMethod(method, "TryClear"))
        {
            return FlowValue.Condition.Create(Refinement.Clears(RequestOf(invocation.Arguments)), Refinement.None);
        }
        if (_symbols.IsPolicyMethod(method, "Evaluate"))
        {
            // Each evaluation is a new decision, even when the same call runs again in a loop.
            _state.SetDecision(invocation, new DecisionFact(_allOutcomes, RequestOf(invocation.Arguments)));
            return new FlowValue.DecisionRef(invocation);
        }
        if (_symbols.IsExportCheck(method))
        {
            var request = RequestOf(invocation.Arguments);
            switch (ExportSymbols.AnswerOf(method.ReturnType))
            {
                case CheckAnswer.Returns: _state.AddCleared(request); return null;
                case CheckAnswer.Bool: return FlowValue.Condition.Create(Refinement.Clears(request), Refinement.None);
                case CheckAnswer.AwaitedReturns: return new FlowValue.PendingCheck(request, returnsBool: false);
                case CheckAnswer.AwaitedBool: return new FlowValue.PendingCheck(request, returnsBool: true);
            }
        }
        if (instance is FlowValue.PendingCheck && method.Name == "ConfigureAwait") return instance;

        CheckExportCall(invocation, method, invocation.Arguments);
        return null;
    }

    private FlowValue? PropertyReference(IPropertyReferenceOperation property)
    {
        var instance = Evaluate(property.Instance);
        EvaluateArguments(property.Arguments);
        if (instance is FlowValue.DecisionRef decision && _symbols.IsDecision(property.Property.ContainingType))
        {
            switch (property.Property.Name)
            {
                case "IsPermitted":
                    return FlowValue.Condition.Create(
                        Refinement.Restrict(decision.Key, _permitted),
                        Refinement.Restrict(decision.Key, _allOutcomes & ~_permitted));
                case "Outcome":
                    return new FlowValue.OutcomeOf(decision.Key);
            }
        }
        CheckExportCall(property, property.Property, property.Arguments);
        return null;
    }

    private FlowValue? Reference(ISymbol symbol, ITypeSymbol? type)
    {
        if (_volatile.Contains(symbol)) return null;
        return _symbols.IsDecision(type) ? new FlowValue.DecisionRef(symbol) : _state.GetValue(symbol);
    }

    private FlowValue? Assignment(ISimpleAssignmentOperation assignment)
    {
        var value = Evaluate(assignment.Value);
        var target = TrackedSymbol(assignment.Target);
        if (target is null)
        {
            Evaluate(assignment.Target);
            ForgetAssignedTargets(assignment);
            return value;
        }

        // Read what the value knows before the assignment forgets the target's old facts (d = d).
        DecisionFact fact = default;
        var copiesDecision = value is FlowValue.DecisionRef source && _state.TryGetDecision(source.Key, out fact);
        _state.Forget(target);
        if (_volatile.Contains(target)) return value;
        if (_symbols.IsDecision(assignment.Target.Type))
        {
            if (!copiesDecision) return value;
            _state.SetDecision(target, fact);
            if (((FlowValue.DecisionRef)value!).Key is ISymbol original) _state.Alias(original, target);
        }
        else if (value is FlowValue.Condition or FlowValue.PendingCheck)
        {
            _state.SetValue(target, value);
        }
        return value;
    }

    private FlowValue? Binary(IBinaryOperation binary)
    {
        var left = Evaluate(binary.LeftOperand);
        var right = Evaluate(binary.RightOperand);
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                var equal = Equality(left, binary.LeftOperand, right, binary.RightOperand);
                return binary.OperatorKind == BinaryOperatorKind.Equals ? equal : equal?.Negate();
            case BinaryOperatorKind.And when left is FlowValue.Condition l && right is FlowValue.Condition r:
                return FlowValue.Condition.Create(Refinement.Meet(l.WhenTrue, r.WhenTrue), Refinement.Join(l.WhenFalse, r.WhenFalse));
            case BinaryOperatorKind.Or when left is FlowValue.Condition l && right is FlowValue.Condition r:
                return FlowValue.Condition.Create(Refinement.Join(l.WhenTrue, r.WhenTrue), Refinement.Meet(l.WhenFalse, r.WhenFalse));
            default:
                return null;
        }
    }

    /// <summary>The meaning of <c>a == b</c>: a condition compared with a bool constant, or an outcome with an Outcome constant.</summary>
    private FlowValue.Condition? Equality(FlowValue? left, IOperation leftOperation, FlowValue? right, IOperation rightOperation)
    {
        if (Compare(left, rightOperation.ConstantValue) is { } fromLeft) return fromLeft;
        return Compare(right, leftOperation.ConstantValue);
    }

    private FlowValue.Condition? Compare(FlowValue? value, Optional<object?> constant)
    {
        if (!constant.HasValue) return null;
        return value switch
        {
            FlowValue.Condition condition when constant.Value is bool b => b ? condition : condition.Negate(),
            FlowValue.OutcomeOf outcome when OutcomeBit(constant.Value) is { } bit =>
                FlowValue.Condition.Create(Refinement.Restrict(outcome.Key, bit), Refinement.Restrict(outcome.Key, _allOutcomes & ~bit)),
            _ => null,
        };
    }

    /// <summary>What holds when <paramref name="pattern"/> matches a value, and when it does not.</summary>
    private (Refinement WhenTrue, Refinement WhenFalse) Pattern(IPatternOperation pattern, FlowValue? input)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return Compare(input, constant.Value.ConstantValue) is { } c ? (c.WhenTrue, c.WhenFalse) : (Refinement.None, Refinement.None);
            case INegatedPatternOperation negated:
                {
                    var (t, f) = Pattern(negated.Pattern, input);
                    return (f, t);
                }
            case IBinaryPatternOperation binary:
                {
                    var (lt, lf) = Pattern(binary.LeftPattern, input);
                    var (rt, rf) = Pattern(binary.RightPattern, input);
                    return binary.OperatorKind == BinaryOperatorKind.Or
                        ? (Refinement.Join(lt, Refinement.Meet(lf, rt)), Refinement.Meet(lf, rf))
                        : (Refinement.Meet(lt, rt), Refinement.Join(lf, Refinement.Meet(lt, rf)));
                }
            case IRecursivePatternOperation recursive when input is FlowValue.DecisionRef decision:
                {
                    var whenTrue = Refinement.None;
                    Refinement? whenFalse = null;
                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        var member = sub.Member is IPropertyReferenceOperation { Property.Name: var name } ? name : null;
                        FlowValue? subInput = member switch
                        {
                            "IsPermitted" => FlowValue.Condition.Create(
                                Refinement.Restrict(decision.Key, _permitted), Refinement.Restrict(decision.Key, _allOutcomes & ~_permitted)),
                            "Outcome" => new FlowValue.OutcomeOf(decision.Key),
                            _ => null,
                        };
                        var (t, f) = Pattern(sub.Pattern, subInput);
                        whenTrue = Refinement.Meet(whenTrue, t);
                        whenFalse = whenFalse is null ? f : Refinement.Join(whenFalse, f);
                    }
                    return (whenTrue, whenFalse ?? Refinement.None);
                }
            default:
                return (Refinement.None, Refinement.None);
        }
    }

    private FlowValue? Await(FlowValue? awaited)
    {
        if (awaited is not FlowValue.PendingCheck pending) return null;
        if (pending.ReturnsBool) return FlowValue.Condition.Create(Refinement.Clears(pending.Request), Refinement.None);
        _state.AddCleared(pending.Request);
        return null;
    }

    private void EvaluateArguments(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments) Evaluate(argument.Value);
        foreach (var argument in arguments)
        {
            // A ref or out argument may be overwritten by the callee.
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out && TrackedSymbol(argument.Value) is { } symbol) _state.Forget(symbol);
        }
    }

    /// <summary>Compound assignments, increments and deconstructions overwrite their targets.</summary>
    private void ForgetAssignedTargets(IOperation operation)
    {
        switch (operation)
        {
            case IAssignmentOperation assignment:
                ForgetTargets(assignment.Target);
                break;
            case IIncrementOrDecrementOperation increment:
                ForgetTargets(increment.Target);
                break;
        }
    }

    private void ForgetTargets(IOperation target)
    {
        if (TrackedSymbol(target) is { } symbol) { _state.Forget(symbol); return; }
        if (target is ITupleOperation tuple)
        {
            foreach (var element in tuple.Elements) ForgetTargets(element);
        }
        else if (target is IDeclarationExpressionOperation declaration)
        {
            ForgetTargets(declaration.Expression);
        }
    }

    private ISymbol? TrackedSymbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFlowCaptureReferenceOperation capture => _capturedVariables.TryGetValue(capture.Id, out var variable) ? variable : null,
        _ => null,
    };

    /// <summary>The request a check or an export call is about: its ExportRequest argument.</summary>
    private object RequestOf(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!_symbols.IsExportRequest(argument.Parameter?.Type)) continue;
            var symbol = TrackedSymbol(argument.Value);
            if (symbol is null) return FlowKeys.OpaqueRequest;
            return _volatile.Contains(symbol) ? FlowKeys.UnrelatedRequest : symbol;
        }
        return FlowKeys.OpaqueRequest;
    }

    private ISymbol? CallRequestOf(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (_symbols.IsExportRequest(argument.Parameter?.Type)) return TrackedSymbol(argument.Value);
        }
        return null;
    }

    private void CheckExportCall(IOperation operation, ISymbol member, IEnumerable<IArgumentOperation> arguments)
    {
        if (!_calls.TryGetValue(operation.Syntax, out var call)) return;
        if (!SymbolEqualityComparer.Default.Equals(ExportSymbols.Normalize(member), ExportSymbols.Normalize(call.Member))) return;
        call.Seen = true;
        if (!_reporting) return;
        var request = CallRequestOf(arguments);
        if (IsCovered(request)) return;
        call.MarkUncovered(OtherRequestChecked(request));
    }

    private bool IsCovered(ISymbol? request)
    {
        foreach (var fact in _state.Cleared)
        {
            if (FlowKeys.Covers(fact.Request, request)) return true;
        }
        return false;
    }

    private string? OtherRequestChecked(ISymbol? request)
    {
        if (request is null) return null;
        foreach (var fact in _state.Cleared)
        {
            if (fact.Request is ISymbol other) return Different(other, request);
        }
        return null;
    }

    private static string Different(ISymbol checkedRequest, ISymbol request) =>
        $": the check on this path is for '{checkedRequest.Name}', not '{request.Name}'";

    private int? OutcomeBit(object? constant) => constant switch
    {
        int i when i is >= 0 and < 31 => 1 << i,
        _ => null,
    };

    private static (int All, int Permitted) OutcomeBits(ExportSymbols symbols)
    {
        if (symbols.Outcome is null || symbols.PermittedOutcome is not int permitted) return (~0, 0);
        var all = 0;
        foreach (var member in symbols.Outcome.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } && value is >= 0 and < 31) all |= 1 << value;
        }
        return (all, 1 << permitted);
    }
}
