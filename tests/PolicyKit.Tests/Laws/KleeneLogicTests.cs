using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PolicyKit.Tests.Laws;

/// <summary>Kleene truth tables of <see cref="TruthLogic"/> and of the condition connectives, short-circuiting,
/// and agreement of <see cref="Condition.Evaluate"/> with <see cref="Condition.Explain"/>.</summary>
public sealed class KleeneLogicTests
{
    private const Truth T = Truth.True, F = Truth.False, U = Truth.Unknown;

    // Strong Kleene logic, written out rather than computed.
    public static TheoryData<Truth, Truth, Truth, Truth> BinaryTable() => new()
    {
        // a, b, a AND b, a OR b
        { T, T, T, T }, { T, F, F, T }, { T, U, U, T },
        { F, T, F, T }, { F, F, F, F }, { F, U, F, U },
        { U, T, U, T }, { U, F, F, U }, { U, U, U, U },
    };

    public static TheoryData<Truth, Truth> Pairs()
    {
        var data = new TheoryData<Truth, Truth>();
        foreach (var a in new[] { T, F, U }) foreach (var b in new[] { T, F, U }) data.Add(a, b);
        return data;
    }

    public static TheoryData<Truth, Truth> NotTable() => new() { { T, F }, { F, T }, { U, U } };

    private static readonly RuleContext Context = new(RequestBuilder.On("2020-01-01").WithParty("Acme").Build());

    private static Condition Const(Truth value, string? name = null) => Condition.OfTruth(name ?? value.ToString(), _ => value);

    [Theory]
    [MemberData(nameof(BinaryTable))]
    public void And_and_or_follow_the_kleene_table(Truth a, Truth b, Truth and, Truth or)
    {
        Assert.Equal(and, TruthLogic.And(a, b));
        Assert.Equal(or, TruthLogic.Or(a, b));
        var conjunction = Const(a, "a") & Const(b, "b");
        var disjunction = Const(a, "a") | Const(b, "b");
        Assert.Equal(and, conjunction.Evaluate(Context));
        Assert.Equal(and, conjunction.Explain(Context).Value);
        Assert.Equal(or, disjunction.Evaluate(Context));
        Assert.Equal(or, disjunction.Explain(Context).Value);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Unless_is_and_not(Truth main, Truth exception)
    {
        var expected = TruthLogic.And(main, TruthLogic.Not(exception));
        var condition = Const(main, "main").Unless(Const(exception, "exception"));
        Assert.Equal(expected, condition.Evaluate(Context));
        Assert.Equal(expected, condition.Explain(Context).Value);
    }

    [Theory]
    [MemberData(nameof(NotTable))]
    public void Not_swaps_true_and_false_and_keeps_unknown(Truth a, Truth not)
    {
        Assert.Equal(not, TruthLogic.Not(a));
        Assert.Equal(not, (!Const(a)).Evaluate(Context));
        Assert.Equal(not, (!Const(a)).Explain(Context).Value);
    }

    [Fact]
    public void From_maps_bools() => Assert.Equal((T, F), (TruthLogic.From(true), TruthLogic.From(false)));

    [Fact]
    public void A_part_after_a_false_in_an_and_is_not_evaluated_nor_explained()
    {
        int calls = 0;
        var later = Condition.Of("later", _ => { calls++; return true; });
        var condition = Const(F, "first") & later;

        Assert.Equal(F, condition.Evaluate(Context));
        var trace = condition.Explain(Context);
        Assert.Equal(0, calls);
        Assert.Equal(F, trace.Value);
        Assert.Equal(new[] { "first" }, trace.Children.Select(c => c.Name));
    }

    [Fact]
    public void A_part_after_an_unknown_in_an_and_is_evaluated()
    {
        int calls = 0;
        var condition = Const(U, "first") & Condition.Of("later", _ => { calls++; return false; });
        Assert.Equal(F, condition.Evaluate(Context));
        Assert.Equal(F, condition.Explain(Context).Value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_part_after_a_true_in_an_or_is_not_evaluated()
    {
        int calls = 0;
        var condition = Const(T, "first") | Condition.Of("later", _ => { calls++; return false; });
        Assert.Equal(T, condition.Evaluate(Context));
        Assert.Single(condition.Explain(Context).Children);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void The_exception_of_a_false_main_condition_is_not_evaluated()
    {
        int calls = 0;
        var condition = Const(F, "main").Unless(Condition.Of("exception", _ => { calls++; return true; }));
        Assert.Equal(F, condition.Evaluate(Context));
        Assert.Equal(F, condition.Explain(Context).Value);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Nested_conjunctions_flatten_and_names_keep_their_grouping()
    {
        var a = Const(T, "a");
        var b = Const(T, "b");
        var c = Const(F, "c");
        Assert.Equal(3, ((a & b) & c).Explain(Context).Children.Count);
        Assert.Equal("(a or b) and c", ((a | b) & c).Name);
        Assert.Equal("a or (b and c)", (a | (b & c)).Name);
        Assert.Equal("not a", (!a).Name);
        Assert.Equal("a, unless c", a.Unless(c).Name);
    }

    [Fact]
    public void A_renamed_leaf_keeps_its_evidence()
    {
        var leaf = Condition.OnFact<CalendarDate>("contract dated on or before 2019-05-16", "contract date", c => c.Request.Facts.ContractDate, d => d <= new CalendarDate(2019, 5, 16));
        var trace = leaf.Named("old contract").Explain(Context);
        Assert.Equal(U, trace.Value);
        Assert.Equal("old contract", trace.Name);
        Assert.Equal(new[] { "contract date" }, trace.MissingFacts());
    }

    [Fact]
    public void Connectives_reject_empty_or_null_parts()
    {
        Assert.Throws<ArgumentException>(() => Condition.All());
        Assert.Throws<ArgumentException>(() => Condition.Any(Const(T), null!));
        Assert.Throws<ArgumentException>(() => Condition.Of(" ", _ => true));
        Assert.Throws<ArgumentNullException>(() => Const(T).Unless(null!));
    }

    // ---------------------------------------------------------------- random condition trees

    /// <summary>A condition tree over leaves with fixed values (True, False, Unknown, or throwing).</summary>
    public abstract record Node;
    public sealed record LeafNode(Value Value) : Node;
    public sealed record AndNode(Node[] Parts) : Node;
    public sealed record OrNode(Node[] Parts) : Node;
    public sealed record NotNode(Node Operand) : Node;
    public sealed record UnlessNode(Node Main, Node Exception) : Node;
    public sealed record NamedNode(Node Inner) : Node;

    private static Gen<Node> Leaf() => SyntheticPolicies.Values().Select(v => (Node)new LeafNode(v));

    // Sub-generators are built inside SelectMany, only for the branch taken, so building one is linear in size.
    private static Gen<Node> Trees(int size) =>
        size <= 1
            ? Leaf()
            : Gen.Choose(0, 7).SelectMany(kind => kind switch
            {
                0 or 1 => Leaf(),
                2 => Gen.Choose(1, 3).SelectMany(n => Trees(size / 2).ArrayOf(n)).Select(p => (Node)new AndNode(p)),
                3 => Gen.Choose(1, 3).SelectMany(n => Trees(size / 2).ArrayOf(n)).Select(p => (Node)new OrNode(p)),
                4 => Trees(size - 1).Select(o => (Node)new NotNode(o)),
                5 => Trees(size / 2).SelectMany(m => Trees(size / 2).Select(e => (Node)new UnlessNode(m, e))),
                6 => Trees(size - 1).Select(i => (Node)new NamedNode(i)),
                _ => Gen.Choose(2, 3).SelectMany(n => Trees(size / 2).ArrayOf(n)).Select(p => (Node)new AndNode(p)),
            });

    private static Arbitrary<Node> TreeArbitrary() => Arb.From(Gen.Sized(s => Trees(Math.Min(s, 24))));

    /// <summary>Builds the tree as conditions whose leaves log their evaluation order.</summary>
    private static Condition Build(Node node, List<int> log, ref int next)
    {
        switch (node)
        {
            case LeafNode leaf:
                int id = next++;
                var value = leaf.Value;
                return Condition.OfTruth("leaf " + id, _ =>
                {
                    log.Add(id);
                    return value switch { Value.True => T, Value.False => F, Value.Unknown => U, _ => throw new InvalidOperationException("leaf " + id) };
                }, _ => new Evidence("leaf " + id));
            case AndNode and:
            {
                var parts = new Condition[and.Parts.Length];
                for (int i = 0; i < parts.Length; i++) parts[i] = Build(and.Parts[i], log, ref next);
                return parts.Length == 2 ? parts[0] & parts[1] : Condition.All(parts);
            }
            case OrNode or:
            {
                var parts = new Condition[or.Parts.Length];
                for (int i = 0; i < parts.Length; i++) parts[i] = Build(or.Parts[i], log, ref next);
                return parts.Length == 2 ? parts[0] | parts[1] : Condition.Any(parts);
            }
            case NotNode not:
                return !Build(not.Operand, log, ref next);
            case UnlessNode unless:
            {
                var main = Build(unless.Main, log, ref next);
                return main.Unless(Build(unless.Exception, log, ref next));
            }
            default:
                return Build(((NamedNode)node).Inner, log, ref next).Named("renamed");
        }
    }

    /// <summary>The reference semantics: strong Kleene with left-to-right short-circuiting; throws where a leaf throws.</summary>
    private static Truth Model(Node node, List<int> log, ref int next)
    {
        switch (node)
        {
            case LeafNode leaf:
                log.Add(next++);
                return leaf.Value switch { Value.True => T, Value.False => F, Value.Unknown => U, _ => throw new ModelThrew() };
            case AndNode and:
            {
                var result = T;
                int i = 0;
                for (; i < and.Parts.Length; i++)
                {
                    var v = Model(and.Parts[i], log, ref next);
                    if (v == F) { result = F; i++; break; }
                    if (v == U) result = U;
                }
                for (; i < and.Parts.Length; i++) next += Leaves(and.Parts[i]);
                return result;
            }
            case OrNode or:
            {
                var result = F;
                int i = 0;
                for (; i < or.Parts.Length; i++)
                {
                    var v = Model(or.Parts[i], log, ref next);
                    if (v == T) { result = T; i++; break; }
                    if (v == U) result = U;
                }
                for (; i < or.Parts.Length; i++) next += Leaves(or.Parts[i]);
                return result;
            }
            case NotNode not:
                return TruthLogic.Not(Model(not.Operand, log, ref next));
            case UnlessNode unless:
            {
                var main = Model(unless.Main, log, ref next);
                if (main == F) { next += Leaves(unless.Exception); return F; }
                return TruthLogic.And(main, TruthLogic.Not(Model(unless.Exception, log, ref next)));
            }
            default:
                return Model(((NamedNode)node).Inner, log, ref next);
        }
    }

    private static int Leaves(Node node) => node switch
    {
        LeafNode => 1,
        AndNode a => a.Parts.Sum(Leaves),
        OrNode o => o.Parts.Sum(Leaves),
        NotNode n => Leaves(n.Operand),
        UnlessNode u => Leaves(u.Main) + Leaves(u.Exception),
        _ => Leaves(((NamedNode)node).Inner),
    };

    private sealed class ModelThrew : Exception { }

    private static (Truth? Value, List<int> Log) Run(Func<List<int>, Truth> evaluate)
    {
        var log = new List<int>();
        try { return (evaluate(log), log); }
        catch (InvalidOperationException) { return (null, log); }
        catch (ModelThrew) { return (null, log); }
    }

    [Fact]
    public void Evaluate_and_explain_agree_with_the_kleene_model_and_short_circuit_in_the_same_places() =>
        PropertyCheck.Verify(Prop.ForAll(TreeArbitrary(), (Action<Node>)(tree =>
        {
            var model = Run(log => { int n = 0; return Model(tree, log, ref n); });
            var evaluated = Run(log => { int n = 0; return Build(tree, log, ref n).Evaluate(Context); });
            var explained = Run(log => { int n = 0; return Build(tree, log, ref n).Explain(Context).Value; });
            Assert.Equal(model.Value, evaluated.Value);
            Assert.Equal(model.Value, explained.Value);
            Assert.Equal(model.Log, evaluated.Log);
            Assert.Equal(model.Log, explained.Log);
        })), maxTest: 1000);

    [Fact]
    public void An_explanation_shows_exactly_the_parts_that_were_evaluated() =>
        PropertyCheck.Verify(Prop.ForAll(TreeArbitrary(), (Action<Node>)(tree =>
        {
            var log = new List<int>();
            int n = 0;
            var condition = Build(tree, log, ref n);
            ConditionTrace trace;
            try { trace = condition.Explain(Context); }
            catch (InvalidOperationException) { return; }
            // Leaves are found by their evidence: a renamed leaf takes the new name but keeps its evidence.
            var shown = trace.DescendantsAndSelf().Where(t => t.Evidence is not null).Select(t => int.Parse(t.Evidence!.Text.Substring(5), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(log, shown);
        })));
}
