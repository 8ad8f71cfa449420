using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers;

/// <summary>
/// The PolicyKit symbols a compilation sees, resolved once per compilation (as BannedApiAnalyzers does),
/// plus the answer to "is this member an export function?", cached per symbol.
/// </summary>
internal sealed class ExportSymbols
{
    private readonly ConcurrentDictionary<ISymbol, bool> _isExportFunction = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _isExportCheck = new(SymbolEqualityComparer.Default);
    private readonly ExportFunctionList _configured;

    private ExportSymbols(Compilation compilation, ExportFunctionList configured)
    {
        _configured = configured;
        ExportFunctionAttribute = compilation.GetTypeByMetadataName("PolicyKit.ExportFunctionAttribute");
        ExportCheckAttribute = compilation.GetTypeByMetadataName("PolicyKit.ExportCheckAttribute");
        ExportPolicy = compilation.GetTypeByMetadataName("PolicyKit.ExportPolicy");
        Decision = compilation.GetTypeByMetadataName("PolicyKit.Decision");
        Outcome = compilation.GetTypeByMetadataName("PolicyKit.Outcome");
        Clearance = compilation.GetTypeByMetadataName("PolicyKit.Clearance");
        ExportRequest = compilation.GetTypeByMetadataName("PolicyKit.ExportRequest");
        RuleContext = compilation.GetTypeByMetadataName("PolicyKit.RuleContext");
        Condition = compilation.GetTypeByMetadataName("PolicyKit.Condition");
        RuleBuilder = compilation.GetTypeByMetadataName("PolicyKit.RuleBuilder");
        PermittedOutcome = FindPermittedOutcome(Outcome);
    }

    public INamedTypeSymbol? ExportFunctionAttribute { get; }
    public INamedTypeSymbol? ExportCheckAttribute { get; }
    public INamedTypeSymbol? ExportPolicy { get; }
    public INamedTypeSymbol? Decision { get; }
    public INamedTypeSymbol? Outcome { get; }
    public INamedTypeSymbol? Clearance { get; }
    public INamedTypeSymbol? ExportRequest { get; }
    public INamedTypeSymbol? RuleContext { get; }
    public INamedTypeSymbol? Condition { get; }
    public INamedTypeSymbol? RuleBuilder { get; }

    /// <summary>The constant value of <c>Outcome.Permitted</c>, or null when the enum is not visible.</summary>
    public object? PermittedOutcome { get; }

    /// <summary>Problems found in <c>PolicyKit.ExportFunctions.txt</c>, reported once per compilation.</summary>
    public ImmutableArray<Diagnostic> ConfigurationDiagnostics => _configured.Diagnostics;

    /// <summary>
    /// True when the compilation can contain an export function at all: it sees the attribute (it
    /// references PolicyKit) or configures third-party export functions. Otherwise analyzers bail out.
    /// </summary>
    public bool CanContainExportFunctions => ExportFunctionAttribute is not null || !_configured.IsEmpty;

    /// <summary>Resolves the symbols of a compilation; the result is cached by the caller for the compilation's lifetime.</summary>
    public static ExportSymbols Create(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken) =>
        new(compilation, ExportFunctionList.Read(compilation, additionalFiles, cancellationToken));

    /// <summary>
    /// True when calling <paramref name="member"/> exports: it carries [ExportFunction] (also through the
    /// member it overrides or the interface member it implements), or the configuration file names it or
    /// its type.
    /// </summary>
    public bool IsExportFunction(ISymbol member)
    {
        member = Normalize(member);
        if (member.Kind is not (SymbolKind.Method or SymbolKind.Property)) return false;
        return _isExportFunction.GetOrAdd(member, ComputeIsExportFunction);
    }

    /// <summary>True when <paramref name="method"/> is a user guard marked [ExportCheck].</summary>
    public bool IsExportCheck(IMethodSymbol method) =>
        ExportCheckAttribute is { } attribute && _isExportCheck.GetOrAdd(Normalize(method), m => HasAttribute(m, attribute));

    public bool IsPolicyMethod(IMethodSymbol method, string name) =>
        method.Name == name && ExportPolicy is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, ExportPolicy);

    public bool IsDecision(ITypeSymbol? type) => Decision is not null && SymbolEqualityComparer.Default.Equals(type, Decision);

    public bool IsClearance(ITypeSymbol? type) => Clearance is not null && SymbolEqualityComparer.Default.Equals(type, Clearance);

    /// <summary>A Clearance parameter is proof, by type, that the caller was cleared.</summary>
    public bool TakesClearance(ISymbol member)
    {
        var parameters = member switch
        {
            IMethodSymbol method => method.Parameters,
            IPropertySymbol property => property.Parameters,
            _ => ImmutableArray<IParameterSymbol>.Empty,
        };
        foreach (var parameter in parameters)
        {
            if (IsClearance(parameter.Type)) return true;
        }
        return false;
    }

    /// <summary>How an [ExportCheck] method with this return type answers: by returning, by its bool, or through a task.</summary>
    public static CheckAnswer AnswerOf(ITypeSymbol returnType)
    {
        if (returnType.SpecialType == SpecialType.System_Void) return CheckAnswer.Returns;
        if (returnType.SpecialType == SpecialType.System_Boolean) return CheckAnswer.Bool;
        if (returnType is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } } } task)
        {
            if (task.TypeArguments.Length == 0) return CheckAnswer.AwaitedReturns;
            if (task.TypeArguments.Length == 1 && task.TypeArguments[0].SpecialType == SpecialType.System_Boolean) return CheckAnswer.AwaitedBool;
        }
        return CheckAnswer.None;
    }

    public bool IsExportRequest(ITypeSymbol? type) => ExportRequest is not null && SymbolEqualityComparer.Default.Equals(type, ExportRequest);

    private bool ComputeIsExportFunction(ISymbol member)
    {
        for (var current = member; current is not null; current = Overridden(current))
        {
            if (IsMarked(current)) return true;
        }
        foreach (var implemented in ImplementedInterfaceMembers(member))
        {
            if (IsMarked(implemented)) return true;
        }
        return false;
    }

    private bool IsMarked(ISymbol member) =>
        (ExportFunctionAttribute is not null && HasAttribute(member, ExportFunctionAttribute)) || _configured.Contains(member);

    /// <summary>Accessors count as their property; extension calls and generic instances as their definition.</summary>
    internal static ISymbol Normalize(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            if (method.ReducedFrom is { } reduced) method = reduced;
            if (method.AssociatedSymbol is IPropertySymbol property) return property.OriginalDefinition;
            return method.OriginalDefinition;
        }
        return symbol.OriginalDefinition;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m.OverriddenMethod?.OriginalDefinition,
        IPropertySymbol p => p.OverriddenProperty?.OriginalDefinition,
        _ => null,
    };

    private static IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } m:
                foreach (var e in m.ExplicitInterfaceImplementations) yield return e.OriginalDefinition;
                yield break;
            case IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } p:
                foreach (var e in p.ExplicitInterfaceImplementations) yield return e.OriginalDefinition;
                yield break;
        }
        var type = member.ContainingType;
        if (type is null || member.IsStatic) yield break;
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                var implementation = type.FindImplementationForInterfaceMember(candidate);
                if (implementation is not null && SymbolEqualityComparer.Default.Equals(Normalize(implementation), member))
                {
                    yield return candidate.OriginalDefinition;
                }
            }
        }
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)) return true;
        }
        return false;
    }

    private static object? FindPermittedOutcome(INamedTypeSymbol? outcome)
    {
        if (outcome is null) return null;
        foreach (var member in outcome.GetMembers("Permitted"))
        {
            if (member is IFieldSymbol { HasConstantValue: true } field) return field.ConstantValue;
        }
        return null;
    }
}

/// <summary>How an [ExportCheck] method answers, by its return type.</summary>
internal enum CheckAnswer
{
    /// <summary>Not a shape a check can have (it answers nothing the analyzer can read).</summary>
    None,

    /// <summary>void: returning normally means permitted.</summary>
    Returns,

    /// <summary>bool: true means permitted.</summary>
    Bool,

    /// <summary>Task or ValueTask: completing the await means permitted.</summary>
    AwaitedReturns,

    /// <summary>Task&lt;bool&gt; or ValueTask&lt;bool&gt;: an awaited true means permitted.</summary>
    AwaitedBool,
}
