using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Flow;

/// <summary>
/// Keys of the guard analysis. A decision is keyed by its local or parameter symbol, or by the
/// <c>Evaluate</c> invocation that produced it when it was never stored. A request is keyed by its
/// local or parameter symbol, or by one of the two sentinels below.
/// </summary>
internal static class FlowKeys
{
    /// <summary>A check on a request the analysis cannot name (a field, a call): it may be any request.</summary>
    public static readonly object OpaqueRequest = new Sentinel("opaque request");

    /// <summary>A check on a request variable that has since changed, or on one of several: it is no named request.</summary>
    public static readonly object UnrelatedRequest = new Sentinel("unrelated request");

    public static readonly IEqualityComparer<object> Comparer = new KeyComparer();

    /// <summary>True when a check on <paramref name="checkedRequest"/> covers a call on <paramref name="callRequest"/> (null: the call names no request).</summary>
    public static bool Covers(object checkedRequest, ISymbol? callRequest) =>
        callRequest is null
        || ReferenceEquals(checkedRequest, OpaqueRequest)
        || (checkedRequest is ISymbol symbol && SymbolEqualityComparer.Default.Equals(symbol, callRequest));

    private sealed class Sentinel
    {
        private readonly string _name;
        public Sentinel(string name) => _name = name;
        public override string ToString() => _name;
    }

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol s ? SymbolEqualityComparer.Default.GetHashCode(s) : obj.GetHashCode();
    }
}

/// <summary>
/// A request that is known to be cleared, and the decision variables the knowledge rests on: when one
/// of them is overwritten the fact goes, because "a decision overwritten after the test does not count".
/// </summary>
internal readonly struct CheckFact
{
    public CheckFact(object request, ImmutableArray<ISymbol> via)
    {
        Request = request;
        Via = via.IsDefault ? ImmutableArray<ISymbol>.Empty : via;
    }

    public object Request { get; }

    public ImmutableArray<ISymbol> Via { get; }

    public bool RestsOn(ISymbol symbol)
    {
        foreach (var v in Via)
        {
            if (SymbolEqualityComparer.Default.Equals(v, symbol)) return true;
        }
        return false;
    }

    public bool SameAs(CheckFact other)
    {
        if (!FlowKeys.Comparer.Equals(Request, other.Request) || Via.Length != other.Via.Length) return false;
        foreach (var v in Via)
        {
            if (!other.RestsOn(v)) return false;
        }
        return true;
    }

    /// <summary>The same request cleared on two merging paths: it holds while every witness of either path holds.</summary>
    public static CheckFact? Join(CheckFact a, CheckFact b)
    {
        if (!FlowKeys.Comparer.Equals(a.Request, b.Request)) return null;
        var via = a.Via.ToBuilder();
        foreach (var v in b.Via)
        {
            if (!a.RestsOn(v)) via.Add(v);
        }
        return new CheckFact(a.Request, via.ToImmutable());
    }

    public CheckFact Forget(ISymbol symbol) =>
        FlowKeys.Comparer.Equals(Request, symbol) ? new CheckFact(FlowKeys.UnrelatedRequest, Via) : this;

    /// <summary>Adds <paramref name="fact"/> unless an identical fact is there.</summary>
    public static void AddDistinct(List<CheckFact> facts, CheckFact fact)
    {
        foreach (var f in facts)
        {
            if (f.SameAs(fact)) return;
        }
        facts.Add(fact);
    }

    /// <summary>What survives a merge of two paths: each request cleared on both, with the witnesses of both.</summary>
    public static List<CheckFact> Join(IReadOnlyList<CheckFact> a, IReadOnlyList<CheckFact> b)
    {
        var joined = new List<CheckFact>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (Join(x, y) is { } fact) AddDistinct(joined, fact);
            }
        }
        return joined;
    }
}

/// <summary>What is known about one decision on a path: the outcomes it may still have, and the request it was evaluated for.</summary>
internal readonly struct DecisionFact
{
    public DecisionFact(int outcomes, object request)
    {
        Outcomes = outcomes;
        Request = request;
    }

    /// <summary>A bit set over <c>Outcome</c> values (bit n = outcome n).</summary>
    public int Outcomes { get; }

    public object Request { get; }

    public DecisionFact WithOutcomes(int outcomes) => new(outcomes, Request);

    public DecisionFact WithRequest(object request) => new(Outcomes, request);
}
