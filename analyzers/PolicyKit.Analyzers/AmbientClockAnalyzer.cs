using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers;

/// <summary>
/// PK0003: code inside a rule predicate reads the ambient clock. A rule predicate is a lambda,
/// anonymous method, local function or method that takes a <c>RuleContext</c>, or a lambda passed to a
/// method of <c>Condition</c> or <c>RuleBuilder</c>, and everything nested inside one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AmbientClockAnalyzer : PolicyKitAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AmbientClockInRule);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ExportSymbols symbols)
    {
        if (symbols.RuleContext is null) return;
        var clock = ClockMembers(context.Compilation);
        if (clock.Count == 0) return;
        context.RegisterOperationAction(operation => Analyze(operation, symbols, clock), OperationKind.PropertyReference, OperationKind.Invocation);
        var reported = new ConcurrentDictionary<SyntaxNode, bool>();
        context.RegisterOperationAction(operation => AnalyzeMethodGroup(operation, symbols, clock, reported), OperationKind.MethodReference);
    }

    /// <summary>Every member through which .NET exposes the current time.</summary>
    private static HashSet<ISymbol> ClockMembers(Compilation compilation)
    {
        var members = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        Add("System.DateTime", "Now", "UtcNow", "Today");
        Add("System.DateTimeOffset", "Now", "UtcNow");
        Add("System.TimeProvider", "System");
        Add("System.Environment", "TickCount", "TickCount64");
        Add("System.Diagnostics.Stopwatch", "GetTimestamp");
        return members;

        void Add(string typeName, params string[] names)
        {
            if (compilation.GetTypeByMetadataName(typeName) is not { } type) return;
            foreach (var name in names)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member.IsStatic) members.Add(member);
                }
            }
        }
    }

    private static void Analyze(OperationAnalysisContext context, ExportSymbols symbols, HashSet<ISymbol> clock)
    {
        if (ClockRead(context.Operation, clock) is not { } member) return;
        if (!IsInsideRulePredicate(context.Operation, context.ContainingSymbol, symbols)) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AmbientClockInRule, context.Operation.Syntax.GetLocation(),
            member.ContainingType.Name + "." + member.Name));
    }

    /// <summary>
    /// A method passed by name as a predicate to <c>Condition</c> or <c>RuleBuilder</c> is rule code even
    /// when it takes no RuleContext (OnFact's test takes the fact). Its clock reads are reported when it
    /// is declared in the same file (another file's semantic model is not ours to open here).
    /// </summary>
    private static void AnalyzeMethodGroup(OperationAnalysisContext context, ExportSymbols symbols, HashSet<ISymbol> clock, ConcurrentDictionary<SyntaxNode, bool> reported)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        var method = reference.Method.OriginalDefinition;
        if (TakesRuleContext(method, symbols) || !IsPassedToRuleApi(reference, symbols) || reference.SemanticModel is not { } model) return;
        foreach (var declaration in method.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree != model.SyntaxTree) continue;
            foreach (var node in declaration.GetSyntax(context.CancellationToken).DescendantNodes())
            {
                if (ClockRead(model.GetOperation(node, context.CancellationToken), clock) is not { } member || !reported.TryAdd(node, true)) continue;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AmbientClockInRule, node.GetLocation(), member.ContainingType.Name + "." + member.Name));
            }
        }
    }

    /// <summary>The clock member <paramref name="operation"/> reads, or null.</summary>
    private static ISymbol? ClockRead(IOperation? operation, HashSet<ISymbol> clock)
    {
        ISymbol? member = operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };
        return member is not null && clock.Contains(member.OriginalDefinition) ? member : null;
    }

    private static bool IsInsideRulePredicate(IOperation operation, ISymbol containingSymbol, ExportSymbols symbols)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation lambda when TakesRuleContext(lambda.Symbol, symbols) || IsPassedToRuleApi(lambda, symbols):
                    return true;
                case ILocalFunctionOperation local when TakesRuleContext(local.Symbol, symbols):
                    return true;
            }
        }
        return containingSymbol is IMethodSymbol method && TakesRuleContext(method, symbols);
    }

    private static bool TakesRuleContext(IMethodSymbol method, ExportSymbols symbols)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.RuleContext)) return true;
        }
        return false;
    }

    private static bool IsPassedToRuleApi(IOperation function, ExportSymbols symbols)
    {
        IOperation current = function;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation) current = current.Parent;
        if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation invocation }) return false;
        var type = invocation.TargetMethod.ContainingType;
        return SymbolEqualityComparer.Default.Equals(type, symbols.Condition) || SymbolEqualityComparer.Default.Equals(type, symbols.RuleBuilder);
    }
}
