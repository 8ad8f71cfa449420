using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Flow;

/// <summary>
/// What holds on every path to a program point: the requests cleared, what is known of each decision,
/// and the meaning of bool locals and flow captures. Joins keep only what every incoming path knows
/// (a "must" analysis), so a fact survives a merge only if every path established it.
/// </summary>
internal sealed class GuardState
{
    private readonly List<CheckFact> _cleared;
    private readonly Dictionary<object, DecisionFact> _decisions;
    private readonly Dictionary<object, FlowValue> _values;

    public GuardState()
    {
        _cleared = new List<CheckFact>();
        _decisions = new Dictionary<object, DecisionFact>(FlowKeys.Comparer);
        _values = new Dictionary<object, FlowValue>(FlowKeys.Comparer);
    }

    private GuardState(GuardState other, bool withValues)
    {
        _cleared = new List<CheckFact>(other._cleared);
        _decisions = new Dictionary<object, DecisionFact>(other._decisions, FlowKeys.Comparer);
        _values = withValues ? new Dictionary<object, FlowValue>(other._values, FlowKeys.Comparer) : new Dictionary<object, FlowValue>(FlowKeys.Comparer);
    }

    public IReadOnlyList<CheckFact> Cleared => _cleared;

    public IReadOnlyDictionary<object, DecisionFact> Decisions => _decisions;

    public GuardState Clone() => new(this, withValues: true);

    /// <summary>A copy without bool and capture values: what an exception handler may assume.</summary>
    public GuardState CloneWithoutValues() => new(this, withValues: false);

    public void AddCleared(object request) => CheckFact.AddDistinct(_cleared, new CheckFact(request, ImmutableArray<ISymbol>.Empty));

    public void AddCleared(CheckFact fact) => CheckFact.AddDistinct(_cleared, fact);

    public bool TryGetDecision(object key, out DecisionFact fact) => _decisions.TryGetValue(key, out fact);

    public void SetDecision(object key, DecisionFact fact) => _decisions[key] = fact;

    public FlowValue? GetValue(object key) => _values.TryGetValue(key, out var value) ? value : null;

    public void SetValue(object key, FlowValue? value)
    {
        if (value is null) _values.Remove(key);
        else _values[key] = value;
    }

    /// <summary>
    /// Adds what a condition establishes; a decision narrowed to <paramref name="permitted"/> clears its
    /// request, resting on the decision variable. Returns false when the path is infeasible.
    /// </summary>
    public bool Apply(Refinement refinement, int permitted)
    {
        if (refinement.IsInfeasible) return false;
        foreach (var fact in refinement.Cleared) AddCleared(fact);
        foreach (var pair in refinement.Restrictions)
        {
            var fact = _decisions.TryGetValue(pair.Key, out var known) ? known : new DecisionFact(~0, FlowKeys.OpaqueRequest);
            fact = fact.WithOutcomes(fact.Outcomes & pair.Value);
            _decisions[pair.Key] = fact;
            if ((fact.Outcomes & ~permitted) == 0)
            {
                var via = pair.Key is ISymbol variable ? ImmutableArray.Create(variable) : ImmutableArray<ISymbol>.Empty;
                AddCleared(new CheckFact(fact.Request, via));
            }
        }
        return true;
    }

    /// <summary>Everything this state knows, as a refinement (the meaning of a constant bool on this path).</summary>
    public Refinement Snapshot(int allOutcomes)
    {
        var restrictions = new List<KeyValuePair<object, int>>();
        foreach (var pair in _decisions)
        {
            if ((pair.Value.Outcomes & allOutcomes) != allOutcomes) restrictions.Add(new(pair.Key, pair.Value.Outcomes));
        }
        return Refinement.Create(_cleared, restrictions);
    }

    /// <summary>
    /// <paramref name="copy"/> now holds the same decision as <paramref name="original"/>: checks resting
    /// on the original also rest on the copy, so overwriting one of them leaves the other's.
    /// </summary>
    public void Alias(ISymbol original, ISymbol copy)
    {
        var count = _cleared.Count;
        for (var i = 0; i < count; i++)
        {
            var fact = _cleared[i];
            if (!fact.RestsOn(original)) continue;
            var via = fact.Via.ToBuilder();
            for (var j = 0; j < via.Count; j++)
            {
                if (SymbolEqualityComparer.Default.Equals(via[j], original)) via[j] = copy;
            }
            CheckFact.AddDistinct(_cleared, new CheckFact(fact.Request, via.ToImmutable()));
        }
    }

    /// <summary><paramref name="symbol"/> was assigned: every fact about its old value goes.</summary>
    public void Forget(ISymbol symbol)
    {
        var cleared = new List<CheckFact>(_cleared.Count);
        foreach (var fact in _cleared)
        {
            if (!fact.RestsOn(symbol)) CheckFact.AddDistinct(cleared, fact.Forget(symbol));
        }
        _cleared.Clear();
        _cleared.AddRange(cleared);
        _decisions.Remove(symbol);
        List<KeyValuePair<object, DecisionFact>>? moved = null;
        foreach (var pair in _decisions)
        {
            if (FlowKeys.Comparer.Equals(pair.Value.Request, symbol)) (moved ??= new()).Add(pair);
        }
        if (moved is not null)
        {
            foreach (var pair in moved) _decisions[pair.Key] = pair.Value.WithRequest(FlowKeys.UnrelatedRequest);
        }
        _values.Remove(symbol);
        List<KeyValuePair<object, FlowValue?>>? rewritten = null;
        foreach (var pair in _values)
        {
            var value = pair.Value.Forget(symbol);
            if (!ReferenceEquals(value, pair.Value)) (rewritten ??= new()).Add(new(pair.Key, value));
        }
        if (rewritten is not null)
        {
            foreach (var pair in rewritten) SetValue(pair.Key, pair.Value);
        }
    }

    /// <summary>Merges another path into this state; returns true when this state changed.</summary>
    public bool JoinWith(GuardState other)
    {
        var joinedChecks = CheckFact.Join(_cleared, other._cleared);
        var changed = !SameFacts(joinedChecks, _cleared);
        if (changed)
        {
            _cleared.Clear();
            _cleared.AddRange(joinedChecks);
        }

        List<object>? removed = null;
        List<KeyValuePair<object, DecisionFact>>? updated = null;
        foreach (var pair in _decisions)
        {
            if (!other._decisions.TryGetValue(pair.Key, out var theirs)) { (removed ??= new()).Add(pair.Key); continue; }
            var outcomes = pair.Value.Outcomes | theirs.Outcomes;
            var request = FlowKeys.Comparer.Equals(pair.Value.Request, theirs.Request) ? pair.Value.Request : FlowKeys.UnrelatedRequest;
            if (outcomes != pair.Value.Outcomes || !ReferenceEquals(request, pair.Value.Request) && !FlowKeys.Comparer.Equals(request, pair.Value.Request))
            {
                (updated ??= new()).Add(new(pair.Key, new DecisionFact(outcomes, request)));
            }
        }
        if (removed is not null) { foreach (var key in removed) _decisions.Remove(key); changed = true; }
        if (updated is not null) { foreach (var pair in updated) _decisions[pair.Key] = pair.Value; changed = true; }

        List<KeyValuePair<object, FlowValue?>>? values = null;
        foreach (var pair in _values)
        {
            var joined = FlowValue.Join(pair.Value, other.GetValue(pair.Key));
            if (joined is null || !joined.SameAs(pair.Value)) (values ??= new()).Add(new(pair.Key, joined));
        }
        if (values is not null) { foreach (var pair in values) SetValue(pair.Key, pair.Value); changed = true; }
        return changed;
    }

    private static bool SameFacts(List<CheckFact> a, List<CheckFact> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var x in a)
        {
            var found = false;
            foreach (var y in b)
            {
                if (x.SameAs(y)) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }
}
