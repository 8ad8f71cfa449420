using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Flow;

/// <summary>A call (invocation, construction or property access) of an export function, found by the cheap first pass.</summary>
internal sealed class ExportCall
{
    public ExportCall(SyntaxNode syntax, ISymbol member)
    {
        Syntax = syntax;
        Member = member;
    }

    public SyntaxNode Syntax { get; }

    public ISymbol Member { get; }

    /// <summary>The flow analysis reached this call (on a reachable or unreachable block).</summary>
    public bool Seen { get; set; }

    /// <summary>Some path reaches this call without a check that covers it.</summary>
    public bool Uncovered { get; set; }

    /// <summary>Why, when it is not simply "no check": e.g. the check was for another request.</summary>
    public string? Detail { get; set; }

    public void MarkUncovered(string? detail)
    {
        Uncovered = true;
        Detail ??= detail;
    }
}
