using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PolicyKit.Tests.Laws;

/// <summary>
/// The laws of docs/policy-model.md, checked with FsCheck on random policies of synthetic rules (random
/// truth values, some throwing, random windows and covers, random Kleene wrappers) and random requests.
/// </summary>
public sealed class CombiningLawsTests
{
    private static Decision Decide(PolicyCase c) => c.Policy().Evaluate(c.Request());

    [Fact]
    public void A_failing_property_fails_the_test()
    {
        // Guards the harness itself: a law that does not hold must surface as a test failure.
        Assert.ThrowsAny<Exception>(() => PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), c => Decide(c).Outcome != Outcome.Permitted)));
        Assert.ThrowsAny<Exception>(() => PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c => Assert.NotEqual(Outcome.Permitted, Decide(c).Outcome)))));
    }

    [Fact]
    public void The_generator_reaches_every_outcome()
    {
        // A law checked only on trivial cases proves little.
        var outcomes = Gen.Sample(SyntheticPolicies.Cases(), 400).Select(c => Decide(c).Outcome).Distinct().ToArray();
        Assert.Equal(4, outcomes.Length);
    }

    [Fact]
    public void The_outcome_is_the_documented_combining_algorithm() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
            Assert.Equal(SyntheticPolicies.Expected(c).Outcome, Decide(c).Outcome))));

    [Fact]
    public void Law1_permitted_exactly_when_safe() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            var m = SyntheticPolicies.Expected(c);
            var d = Decide(c);
            bool safe = !m.ProhibitionTrueOrUnknown && m.EveryTrueRequirementMet && !m.RequirementUnknown && !m.SomethingThrew;
            Assert.Equal(safe, d.IsPermitted);
            Assert.Equal(d.IsPermitted, d.Problems.Count == 0 && d.Prohibitions.Count == 0 && d.Requirements.All(r => r.IsMet));
        })));

    [Fact]
    public void Law2_nothing_holds_means_permitted_with_no_rules_listed() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            if (SyntheticPolicies.Expected(c).AnythingHolds) return;
            var d = Decide(c);
            Assert.Equal(Outcome.Permitted, d.Outcome);
            Assert.Empty(d.AppliedRules);
            Assert.Empty(d.ReliedOn);
            Assert.Empty(d.Citations);
        })));

    [Fact]
    public void Law2_an_empty_policy_permits_everything() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            var d = new ExportPolicy(Array.Empty<Rule>()).Evaluate(c.Request());
            Assert.Equal(Outcome.Permitted, d.Outcome);
            Assert.Empty(d.AppliedRules);
        })));

    [Fact]
    public void Law3_fail_closed_a_throwing_or_unknown_rule_where_it_matters_never_permits() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            var m = SyntheticPolicies.Expected(c);
            var d = Decide(c);
            if (m.SomethingThrew || m.RequirementUnknown || m.ProhibitionTrueOrUnknown)
                Assert.False(d.IsPermitted, "a rule threw or was unknown where it matters");
            if (m.SomethingThrew && !m.ProhibitionTrue)
                Assert.Contains(d.Problems, p => p.Kind == ProblemKind.RuleFailed && p.Message.Contains("synthetic failure", StringComparison.Ordinal));
        })));

    [Fact]
    public void Law3_a_throwing_authorisation_is_a_problem_even_when_another_meets_the_requirement()
    {
        var requirement = Rule.RequireLicence("REQ", "needs a licence", ReviewPolicy.CaseByCase).When(Condition.Of("always", _ => true));
        var good = Rule.Authorise("GOOD", "meets it", AuthorisationKind.GeneralLicence, "REQ").When(Condition.Of("always", _ => true));
        var bad = Rule.Authorise("BAD", "fails", AuthorisationKind.GeneralLicence, "REQ").When(Condition.Of("throws", _ => throw new InvalidOperationException("boom")));
        var request = RequestBuilder.On("2020-01-01").WithParty("Acme").Build();

        var d = new ExportPolicy(new[] { requirement, good, bad }).Evaluate(request);

        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        Assert.True(d.Requirements.Single().IsMet);
        var problem = Assert.Single(d.Problems);
        Assert.Equal("BAD", problem.Rule.Id);
        Assert.Equal(ProblemKind.RuleFailed, problem.Kind);
        Assert.Contains("InvalidOperationException: boom", problem.Message);
    }

    [Fact]
    public void Law4_adding_a_non_throwing_authorisation_never_withdraws_a_permit() =>
        PropertyCheck.Verify(Prop.ForAll(Arb.From(
            from c in SyntheticPolicies.Cases()
            let ids = c.Obligations.Where(o => o.Effect == RuleEffect.RequireLicence).Select(o => o.Id).ToArray()
            where ids.Length > 0
            from extra in SyntheticPolicies.Authorisation("EXTRA", ids, SyntheticPolicies.Windows(), throwing: false)
            from position in Gen.Choose(0, c.RuleOrder.Length)
            select (c, extra, position)), (Action<(PolicyCase, AuthSpec, int)>)(t =>
        {
            var (c, extra, position) = t;
            if (Decide(c).Outcome != Outcome.Permitted) return;
            var rules = c.Policy().Rules.ToList();
            rules.Insert(position, SyntheticPolicies.Build(extra));
            Assert.Equal(Outcome.Permitted, new ExportPolicy(rules).Evaluate(c.Request()).Outcome);
        })));

    [Fact]
    public void Law4_adding_a_requirement_or_prohibition_never_grants_a_permit() =>
        PropertyCheck.Verify(Prop.ForAll(Arb.From(
            from c in SyntheticPolicies.Cases()
            from extra in SyntheticPolicies.Obligation("EXTRA", SyntheticPolicies.Windows())
            from position in Gen.Choose(0, c.RuleOrder.Length)
            select (c, extra, position)), (Action<(PolicyCase, ObligationSpec, int)>)(t =>
        {
            var (c, extra, position) = t;
            var before = Decide(c).Outcome;
            var rules = c.Policy().Rules.ToList();
            rules.Insert(position, SyntheticPolicies.Build(extra));
            var after = new ExportPolicy(rules).Evaluate(c.Request()).Outcome;
            if (before != Outcome.Permitted) Assert.NotEqual(Outcome.Permitted, after);
            if (before == Outcome.Prohibited) Assert.Equal(Outcome.Prohibited, after);
        })));

    [Fact]
    public void Law5_prohibition_dominates() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            var d = Decide(c);
            Assert.Equal(SyntheticPolicies.Expected(c).ProhibitionTrue, d.Outcome == Outcome.Prohibited);
            if (d.Outcome == Outcome.Prohibited)
            {
                Assert.NotEmpty(d.Prohibitions);
                Assert.StartsWith("Prohibited as of ", d.Summary);
            }
        })));

    [Fact]
    public void Law6_rules_outside_their_window_have_no_effect() =>
        PropertyCheck.Verify(Prop.ForAll(Arb.From(
            from c in SyntheticPolicies.Cases()
            from obligations in Gen.CollectToArray(Enumerable.Range(0, 3), i => SyntheticPolicies.Obligation("OUT" + i, SyntheticPolicies.WindowsExcluding(c.Day)))
            let covers = c.Obligations.Where(o => o.Effect == RuleEffect.RequireLicence).Select(o => o.Id)
                .Concat(obligations.Where(o => o.Effect == RuleEffect.RequireLicence).Select(o => o.Id)).ToArray()
            from auths in covers.Length == 0
                ? Gen.Constant(Array.Empty<AuthSpec>())
                : Gen.CollectToArray(Enumerable.Range(0, 3), i => SyntheticPolicies.Authorisation("OUTA" + i, covers, SyntheticPolicies.WindowsExcluding(c.Day)))
            from seed in Gen.Choose(0, 1000)
            select (c, obligations, auths, seed)), (Action<(PolicyCase, ObligationSpec[], AuthSpec[], int)>)(t =>
        {
            var (c, obligations, auths, seed) = t;
            var before = Decide(c);
            var extra = obligations.Select(SyntheticPolicies.Build).Concat(auths.Select(SyntheticPolicies.Build));
            var rules = c.Policy().Rules.Concat(extra).OrderBy(r => (r.Id.GetHashCode() ^ seed) & 0xFFFF).ToArray();
            var after = new ExportPolicy(rules).Evaluate(c.Request());
            Assert.Equal(before.Outcome, after.Outcome);
            Assert.Equal(Describe(before), Describe(after));
        })));

    [Fact]
    public void Law7_the_order_of_parties_does_not_change_the_outcome() =>
        PropertyCheck.Verify(Prop.ForAll(Arb.From(
            from c in SyntheticPolicies.Cases()
            from shuffled in Gen.Shuffle(c.Parties)
            select (c, shuffled)), (Action<(PolicyCase, int[])>)(t =>
        {
            var (c, shuffled) = t;
            Assert.Equal(Decide(c).Outcome, Decide(c with { Parties = shuffled }).Outcome);
        })));

    [Fact]
    public void Law8_the_fast_pass_agrees_with_the_full_evaluation() =>
        PropertyCheck.Verify(Prop.ForAll(SyntheticPolicies.Arbitrary(), (Action<PolicyCase>)(c =>
        {
            var policy = c.Policy();
            var request = c.Request();
            var fast = policy.Evaluate(request);
            var full = PolicyEvaluation.Run(policy, request);
            Assert.Equal(full.Outcome, fast.Outcome);
            Assert.Equal(Describe(full), Describe(fast));
            Assert.Equal(full.PolicyName, fast.PolicyName);
        })), maxTest: 1000);

    private static string Describe(Decision d) =>
        $"{d.Outcome}; requirements: {string.Join(", ", d.Requirements.Select(r => $"{r.Requirement}={(r.IsMet ? "met" : "unmet")}").OrderBy(s => s, StringComparer.Ordinal))}"
        + $"; prohibitions: {string.Join(", ", d.Prohibitions.Select(p => p.ToString()).OrderBy(s => s, StringComparer.Ordinal))}"
        + $"; problems: {d.Problems.Count}";
}
