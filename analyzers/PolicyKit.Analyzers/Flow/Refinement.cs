using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Flow;

/// <summary>
/// What becomes known on a path when a condition takes one value: requests cleared, and outcomes a
/// decision can no longer have. <see cref="Infeasible"/> means the path cannot be taken.
/// </summary>
internal sealed class Refinement
{
    public static readonly Refinement None = new(false, ImmutableArray<CheckFact>.Empty, ImmutableArray<KeyValuePair<object, int>>.Empty);
    public static readonly Refinement Infeasible = new(true, ImmutableArray<CheckFact>.Empty, ImmutableArray<KeyValuePair<object, int>>.Empty);

    private Refinement(bool isInfeasible, ImmutableArray<CheckFact> cleared, ImmutableArray<KeyValuePair<object, int>> restrictions)
    {
        IsInfeasible = isInfeasible;
        Cleared = cleared;
        Restrictions = restrictions;
    }

    public bool IsInfeasible { get; }

    /// <summary>Requests cleared.</summary>
    public ImmutableArray<CheckFact> Cleared { get; }

    /// <summary>Decision key → the outcomes it may still have.</summary>
    public ImmutableArray<KeyValuePair<object, int>> Restrictions { get; }

    public static Refinement Clears(object request) =>
        new(false, ImmutableArray.Create(new CheckFact(request, ImmutableArray<ISymbol>.Empty)), ImmutableArray<KeyValuePair<object, int>>.Empty);

    public static Refinement Restrict(object decision, int outcomes) =>
        new(false, ImmutableArray<CheckFact>.Empty, ImmutableArray.Create(new KeyValuePair<object, int>(decision, outcomes)));

    public static Refinement Create(IEnumerable<CheckFact> cleared, IEnumerable<KeyValuePair<object, int>> restrictions)
    {
        var c = ImmutableArray.CreateRange(cleared);
        var r = ImmutableArray.CreateRange(restrictions);
        return c.IsEmpty && r.IsEmpty ? None : new Refinement(false, c, r);
    }

    /// <summary>Both hold (a path through both conditions).</summary>
    public static Refinement Meet(Refinement a, Refinement b)
    {
        if (a.IsInfeasible || b.IsInfeasible) return Infeasible;
        if (IsEmpty(a)) return b;
        if (IsEmpty(b)) return a;
        var cleared = new List<CheckFact>(a.Cleared);
        foreach (var fact in b.Cleared) CheckFact.AddDistinct(cleared, fact);
        var restrictions = new Dictionary<object, int>(FlowKeys.Comparer);
        foreach (var pair in a.Restrictions) restrictions[pair.Key] = pair.Value;
        foreach (var pair in b.Restrictions) restrictions[pair.Key] = restrictions.TryGetValue(pair.Key, out var m) ? m & pair.Value : pair.Value;
        return Create(cleared, restrictions);
    }

    /// <summary>One or the other holds (paths merge): only what both know survives.</summary>
    public static Refinement Join(Refinement a, Refinement b)
    {
        if (a.IsInfeasible) return b;
        if (b.IsInfeasible) return a;
        if (IsEmpty(a) || IsEmpty(b)) return None;
        var restrictions = new List<KeyValuePair<object, int>>();
        foreach (var pair in a.Restrictions)
        {
            foreach (var other in b.Restrictions)
            {
                if (FlowKeys.Comparer.Equals(pair.Key, other.Key)) restrictions.Add(new(pair.Key, pair.Value | other.Value));
            }
        }
        return Create(CheckFact.Join(a.Cleared, b.Cleared), restrictions);
    }

    /// <summary>This refinement once <paramref name="symbol"/> has been assigned: facts about its old value no longer apply.</summary>
    public Refinement Forget(ISymbol symbol)
    {
        if (IsInfeasible || IsEmpty(this)) return this;
        var changed = false;
        var cleared = new List<CheckFact>(Cleared.Length);
        foreach (var fact in Cleared)
        {
            if (fact.RestsOn(symbol)) { changed = true; continue; }
            var kept = fact.Forget(symbol);
            changed |= !kept.SameAs(fact);
            CheckFact.AddDistinct(cleared, kept);
        }
        var restrictions = new List<KeyValuePair<object, int>>(Restrictions.Length);
        foreach (var pair in Restrictions)
        {
            if (FlowKeys.Comparer.Equals(pair.Key, symbol)) changed = true;
            else restrictions.Add(pair);
        }
        return changed ? Create(cleared, restrictions) : this;
    }

    public bool SameAs(Refinement other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (IsInfeasible != other.IsInfeasible || Cleared.Length != other.Cleared.Length || Restrictions.Length != other.Restrictions.Length) return false;
        foreach (var fact in Cleared)
        {
            if (!Contains(other.Cleared, fact)) return false;
        }
        foreach (var pair in Restrictions)
        {
            var found = false;
            foreach (var o in other.Restrictions)
            {
                if (FlowKeys.Comparer.Equals(pair.Key, o.Key) && pair.Value == o.Value) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    private static bool IsEmpty(Refinement r) => r.Cleared.IsEmpty && r.Restrictions.IsEmpty;

    private static bool Contains(ImmutableArray<CheckFact> facts, CheckFact fact)
    {
        foreach (var f in facts)
        {
            if (f.SameAs(fact)) return true;
        }
        return false;
    }
}
