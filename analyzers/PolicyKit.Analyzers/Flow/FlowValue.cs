using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Flow;

/// <summary>The abstract value of an expression, a bool local or a flow capture, as far as guards are concerned.</summary>
internal abstract class FlowValue
{
    /// <summary>The value both paths agree on when they merge, or null when nothing useful survives.</summary>
    public static FlowValue? Join(FlowValue? a, FlowValue? b)
    {
        if (a is null || b is null) return null;
        if (ReferenceEquals(a, b)) return a;
        return (a, b) switch
        {
            (Condition x, Condition y) => Condition.Create(Refinement.Join(x.WhenTrue, y.WhenTrue), Refinement.Join(x.WhenFalse, y.WhenFalse)),
            _ => a.SameAs(b) ? a : null,
        };
    }

    public abstract bool SameAs(FlowValue other);

    /// <summary>This value once <paramref name="symbol"/> has been assigned, or null when it no longer means anything.</summary>
    public abstract FlowValue? Forget(ISymbol symbol);

    /// <summary>A <c>Decision</c> value: the one tracked under <see cref="Key"/>.</summary>
    public sealed class DecisionRef : FlowValue
    {
        public DecisionRef(object key) => Key = key;
        public object Key { get; }
        public override bool SameAs(FlowValue other) => other is DecisionRef d && FlowKeys.Comparer.Equals(Key, d.Key);
        public override FlowValue? Forget(ISymbol symbol) => FlowKeys.Comparer.Equals(Key, symbol) ? null : this;
    }

    /// <summary>The <c>Outcome</c> of the decision tracked under <see cref="Key"/>.</summary>
    public sealed class OutcomeOf : FlowValue
    {
        public OutcomeOf(object key) => Key = key;
        public object Key { get; }
        public override bool SameAs(FlowValue other) => other is OutcomeOf o && FlowKeys.Comparer.Equals(Key, o.Key);
        public override FlowValue? Forget(ISymbol symbol) => FlowKeys.Comparer.Equals(Key, symbol) ? null : this;
    }

    /// <summary>A bool whose value tells something: what holds when it is true, and when it is false.</summary>
    public sealed class Condition : FlowValue
    {
        private Condition(Refinement whenTrue, Refinement whenFalse)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public Refinement WhenTrue { get; }
        public Refinement WhenFalse { get; }

        public static Condition Create(Refinement whenTrue, Refinement whenFalse) => new(whenTrue, whenFalse);

        public Condition Negate() => new(WhenFalse, WhenTrue);

        public override bool SameAs(FlowValue other) => other is Condition c && WhenTrue.SameAs(c.WhenTrue) && WhenFalse.SameAs(c.WhenFalse);

        public override FlowValue? Forget(ISymbol symbol)
        {
            var t = WhenTrue.Forget(symbol);
            var f = WhenFalse.Forget(symbol);
            return ReferenceEquals(t, WhenTrue) && ReferenceEquals(f, WhenFalse) ? this : new Condition(t, f);
        }
    }

    /// <summary>
    /// The task of an async [ExportCheck] method: it checks only once awaited (and, for Task&lt;bool&gt;,
    /// only when the awaited result is true).
    /// </summary>
    public sealed class PendingCheck : FlowValue
    {
        public PendingCheck(object request, bool returnsBool)
        {
            Request = request;
            ReturnsBool = returnsBool;
        }

        public object Request { get; }
        public bool ReturnsBool { get; }

        public override bool SameAs(FlowValue other) =>
            other is PendingCheck p && p.ReturnsBool == ReturnsBool && FlowKeys.Comparer.Equals(Request, p.Request);

        public override FlowValue? Forget(ISymbol symbol) =>
            FlowKeys.Comparer.Equals(Request, symbol) ? new PendingCheck(FlowKeys.UnrelatedRequest, ReturnsBool) : this;
    }
}
