using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// A named predicate over a <see cref="RuleContext"/>, evaluated in three-valued logic. Conditions
/// compose with <c>&amp;</c>, <c>|</c>, <c>!</c> and <see cref="Unless"/>, and keep their names, so
/// an explanation can say which part held and which failed.
/// </summary>
/// <remarks>
/// Conditions are built once, when a policy is built, and evaluated many times. Evaluation is
/// short-circuiting, and the explained evaluation (<see cref="Explain"/>) short-circuits in exactly the
/// same places, so both always agree. A condition must be a pure function of its context.
/// </remarks>
public abstract class Condition
{
    private protected Condition(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A condition needs a readable name.", nameof(name));
        Name = name;
    }

    /// <summary>The readable name, e.g. <c>contract dated on or before 2019-05-16</c>.</summary>
    public string Name { get; }

    /// <summary>Evaluates the condition. Exceptions from user predicates propagate.</summary>
    public abstract Truth Evaluate(RuleContext context);

    /// <summary>Evaluates the condition and records why it has the value it has.</summary>
    public abstract ConditionTrace Explain(RuleContext context);

    /// <summary>A condition from a bool predicate.</summary>
    /// <param name="name">What the predicate tests, in words.</param>
    /// <param name="predicate">The test.</param>
    /// <param name="evidence">Optional: what to show in explanations (called only when explaining).</param>
    public static Condition Of(string name, Func<RuleContext, bool> predicate, Func<RuleContext, Evidence?>? evidence = null)
    {
        if (predicate is null) throw new ArgumentNullException(nameof(predicate));
        return new Leaf(name, c => TruthLogic.From(predicate(c)), evidence);
    }

    /// <summary>A condition from a three-valued predicate: return <see cref="Truth.Unknown"/> when the
    /// request lacks the data the test needs, and say which data in <paramref name="evidence"/>.</summary>
    public static Condition OfTruth(string name, Func<RuleContext, Truth> predicate, Func<RuleContext, Evidence?>? evidence = null)
    {
        if (predicate is null) throw new ArgumentNullException(nameof(predicate));
        return new Leaf(name, predicate, evidence);
    }

    /// <summary>A condition on an optional fact: <see cref="Truth.Unknown"/> when the fact is absent.</summary>
    /// <param name="name">What the test says, e.g. <c>contract dated on or before 2019-05-16</c>.</param>
    /// <param name="fact">The fact's name for explanations, e.g. <c>contract date</c>.</param>
    /// <param name="get">Reads the fact; null when absent.</param>
    /// <param name="test">The test on a present fact.</param>
    public static Condition OnFact<T>(string name, string fact, Func<RuleContext, T?> get, Func<T, bool> test) where T : struct
    {
        if (get is null) throw new ArgumentNullException(nameof(get));
        if (test is null) throw new ArgumentNullException(nameof(test));
        if (string.IsNullOrWhiteSpace(fact)) throw new ArgumentException("Name the fact.", nameof(fact));
        return new Leaf(name,
            c => get(c) is { } value ? TruthLogic.From(test(value)) : Truth.Unknown,
            c => get(c) is { } value ? new Evidence($"{fact}: {value}") : Evidence.Missing(fact));
    }

    /// <summary>All of the conditions (Kleene conjunction).</summary>
    public static Condition All(params Condition[] conditions) => Junction.And(conditions);

    /// <summary>Any of the conditions (Kleene disjunction).</summary>
    public static Condition Any(params Condition[] conditions) => Junction.Or(conditions);

    /// <summary>This condition, except when <paramref name="exception"/> holds.</summary>
    public Condition Unless(Condition exception) => new UnlessNode(this, exception ?? throw new ArgumentNullException(nameof(exception)));

    /// <summary>The same test under another name (the parts stay visible in explanations).</summary>
    public Condition Named(string name) => new Renamed(name, this);

#pragma warning disable CS1591 // Documented on All/Any and by C# semantics.
    public static Condition operator &(Condition left, Condition right) => All(left, right);
    public static Condition operator |(Condition left, Condition right) => Any(left, right);
    public static Condition operator !(Condition operand) => new NotNode(operand ?? throw new ArgumentNullException(nameof(operand)));
#pragma warning restore CS1591

    /// <inheritdoc/>
    public override string ToString() => Name;

    private sealed class Leaf : Condition
    {
        private readonly Func<RuleContext, Truth> _test;
        private readonly Func<RuleContext, Evidence?>? _evidence;

        public Leaf(string name, Func<RuleContext, Truth> test, Func<RuleContext, Evidence?>? evidence) : base(name)
        {
            _test = test;
            _evidence = evidence;
        }

        public override Truth Evaluate(RuleContext context) => _test(context);

        public override ConditionTrace Explain(RuleContext context)
        {
            Truth value = _test(context);
            return new ConditionTrace(Name, value, EvidenceFor(context), Array.Empty<ConditionTrace>());
        }

        // Evidence is presentation only: the value comes from the test alone, so a failing evidence
        // callback must not turn an explained evaluation into a different answer from a fast one.
        private Evidence? EvidenceFor(RuleContext context)
        {
            try
            {
                return _evidence?.Invoke(context);
            }
            catch (Exception e)
            {
                return new Evidence($"(evidence unavailable: {e.GetType().Name}: {e.Message})");
            }
        }
    }

    /// <summary>A Kleene conjunction or disjunction: the parts are evaluated in order until one has the
    /// dominant value (false for "all of", true for "any of"); otherwise any unknown part makes it unknown.</summary>
    private sealed class Junction : Condition
    {
        private readonly Truth _dominant;
        private readonly string _traceName;

        private Junction(string name, string traceName, Truth dominant, Condition[] parts) : base(name)
        {
            _traceName = traceName;
            _dominant = dominant;
            Parts = parts;
        }

        public Condition[] Parts { get; }
        private Truth Identity => TruthLogic.Not(_dominant);

        public static Junction And(Condition[] parts) => new(JoinNames(parts, " and ", Truth.True), "all of", Truth.False, Flatten(parts, Truth.False));
        public static Junction Or(Condition[] parts) => new(JoinNames(parts, " or ", Truth.False), "any of", Truth.True, Flatten(parts, Truth.True));

        public override Truth Evaluate(RuleContext context)
        {
            var result = Identity;
            foreach (var part in Parts)
            {
                var value = part.Evaluate(context);
                if (value == _dominant) return _dominant;
                if (value == Truth.Unknown) result = Truth.Unknown;
            }
            return result;
        }

        public override ConditionTrace Explain(RuleContext context)
        {
            var traces = new List<ConditionTrace>(Parts.Length);
            var result = Identity;
            foreach (var part in Parts)
            {
                var trace = part.Explain(context);
                traces.Add(trace);
                if (trace.Value == _dominant) { result = _dominant; break; }
                if (trace.Value == Truth.Unknown) result = Truth.Unknown;
            }
            return new ConditionTrace(_traceName, result, null, traces);
        }

        // Nested junctions of the same kind are flattened, so (a & b) & c explains as one "all of".
        private static Condition[] Flatten(Condition[] conditions, Truth dominant)
        {
            if (conditions is null || conditions.Length == 0) throw new ArgumentException("Give at least one condition.", nameof(conditions));
            var list = new List<Condition>();
            foreach (var c in conditions)
            {
                if (c is null) throw new ArgumentException("A condition is null.", nameof(conditions));
                if (c is Junction same && same._dominant == dominant) list.AddRange(same.Parts); else list.Add(c);
            }
            return list.ToArray();
        }

        // Parts of the other kind are parenthesised: "a and (b or c)".
        private static string JoinNames(Condition[] parts, string separator, Truth otherDominant) =>
            string.Join(separator, (parts ?? Array.Empty<Condition>()).Select(p => p is Junction j && j._dominant == otherDominant ? $"({p?.Name})" : p?.Name));
    }

    private sealed class NotNode : Condition
    {
        private readonly Condition _operand;
        public NotNode(Condition operand) : base("not " + operand.Name) => _operand = operand;

        public override Truth Evaluate(RuleContext context) => TruthLogic.Not(_operand.Evaluate(context));

        public override ConditionTrace Explain(RuleContext context)
        {
            var inner = _operand.Explain(context);
            return new ConditionTrace("not", TruthLogic.Not(inner.Value), null, new[] { inner });
        }
    }

    private sealed class UnlessNode : Condition
    {
        private readonly Condition _main, _exception;
        public UnlessNode(Condition main, Condition exception) : base($"{main.Name}, unless {exception.Name}")
        {
            _main = main;
            _exception = exception;
        }

        public override Truth Evaluate(RuleContext context)
        {
            var main = _main.Evaluate(context);
            return main == Truth.False ? Truth.False : TruthLogic.And(main, TruthLogic.Not(_exception.Evaluate(context)));
        }

        public override ConditionTrace Explain(RuleContext context)
        {
            var main = _main.Explain(context);
            if (main.Value == Truth.False) return new ConditionTrace("unless", Truth.False, null, new[] { main });
            var exception = _exception.Explain(context);
            var wrapped = new ConditionTrace("unless", TruthLogic.Not(exception.Value), null, new[] { exception });
            return new ConditionTrace("all of", TruthLogic.And(main.Value, wrapped.Value), null, new[] { main, wrapped });
        }
    }

    private sealed class Renamed : Condition
    {
        private readonly Condition _inner;
        public Renamed(string name, Condition inner) : base(name) => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

        public override Truth Evaluate(RuleContext context) => _inner.Evaluate(context);

        public override ConditionTrace Explain(RuleContext context)
        {
            var inner = _inner.Explain(context);
            // A renamed leaf keeps its evidence under the new name; a renamed composite keeps its parts.
            return inner.Children.Count == 0
                ? new ConditionTrace(Name, inner.Value, inner.Evidence, inner.Children)
                : new ConditionTrace(Name, inner.Value, null, new[] { inner });
        }
    }
}
