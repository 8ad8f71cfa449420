using System;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Api;

/// <summary>Building rules and policies: what the builders and the policy constructor reject.</summary>
public sealed class PolicyConstructionTests
{
    private static readonly Condition Always = Condition.Of("always", _ => true);

    [Theory]
    [InlineData("ACME 7")]
    [InlineData("ACME/7")]
    [InlineData("ÄCME-7")]
    [InlineData("ACME-７")] // full-width digit: a letter-or-digit, but not ASCII
    [InlineData("")]
    [InlineData("   ")]
    public void Rule_ids_are_ascii_letters_digits_dash_dot_underscore(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => Rule.RequireLicence(id, "title", ReviewPolicy.CaseByCase));
        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void Valid_rule_ids_are_accepted()
    {
        var rule = Rule.Prohibit("ACME_7.a-b", "t").When(Always);
        Assert.Equal("ACME_7.a-b", rule.Id);
        Assert.Equal("ACME_7.a-b (prohibits: t)", rule.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_rule_needs_a_title(string title)
    {
        var e = Assert.Throws<ArgumentException>(() => Rule.Prohibit("ACME-1", title));
        Assert.Equal("title", e.ParamName);
    }

    [Fact]
    public void An_authorisation_must_name_what_it_covers()
    {
        Assert.Throws<ArgumentException>(() => Rule.Authorise("A", "t", AuthorisationKind.Exclusion));
        Assert.Throws<ArgumentException>(() => Rule.Authorise("A", "t", AuthorisationKind.Exclusion, null!));
        Assert.Throws<ArgumentException>(() => Rule.Authorise("A", "t", AuthorisationKind.Exclusion, "R", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rule.Authorise("A", "t", (AuthorisationKind)42, "R"));
    }

    [Fact]
    public void An_authorisation_is_asked_per_requirement_not_per_party()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Rule.Authorise("A", "t", AuthorisationKind.Exclusion, "R").WhenAnyParty(Always));
        Assert.Contains("use When", e.Message);
    }

    [Fact]
    public void Builders_reject_null_conditions_and_citations()
    {
        Assert.Throws<ArgumentNullException>(() => Rule.Prohibit("P", "t").When(null!));
        Assert.Throws<ArgumentException>(() => Rule.Prohibit("P", "t").Citing((Citation)null!));
        Assert.Throws<ArgumentException>(() => Rule.Prohibit("P", "t").Citing(" "));
    }

    [Fact]
    public void A_rule_keeps_its_metadata()
    {
        var rule = Rule.RequireLicence("R", " Title ", ReviewPolicy.CaseByCase)
            .Citing(Citation.Cfr("744.11"), Citation.FederalRegister(84, 22961, unconfirmed: true))
            .EffectiveBetween(RequestBuilder.D("2020-01-01"), RequestBuilder.D("2020-12-31"))
            .Documented("  notes  ")
            .WhenAnyParty(Always);

        Assert.Equal("Title", rule.Title);
        Assert.Equal(new[] { "15 CFR 744.11", "84 FR 22961 (unconfirmed)" }, rule.Citations.Select(c => c.ToString()));
        Assert.Equal("notes", rule.Documentation);
        Assert.Equal(RuleScope.EachParty, rule.Scope);
        Assert.Equal(ReviewPolicy.CaseByCase, rule.ReviewPolicy);
        Assert.False(rule.IsInForce(RequestBuilder.D("2019-12-31")));
        Assert.True(rule.IsInForce(RequestBuilder.D("2020-01-01")));
        Assert.True(rule.IsInForce(RequestBuilder.D("2020-12-31")));
        Assert.False(rule.IsInForce(RequestBuilder.D("2021-01-01")));
    }

    [Fact]
    public void A_policy_rejects_duplicate_ids()
    {
        var a = Rule.Prohibit("X", "one").When(Always);
        var b = Rule.RequireLicence("X", "two", ReviewPolicy.CaseByCase).When(Always);
        var e = Assert.Throws<ArgumentException>(() => new ExportPolicy(new[] { a, b }));
        Assert.Contains("'X'", e.Message);
        Assert.Throws<ArgumentException>(() => RequestBuilder.DefaultPolicy.With(Rule.Prohibit("EAR-744.11-ENTITY-LIST", "clash").When(Always)));
    }

    [Fact]
    public void A_policy_rejects_an_authorisation_of_an_unknown_rule()
    {
        var auth = Rule.Authorise("A", "t", AuthorisationKind.SpecificLicence, "NOPE").When(Always);
        var e = Assert.Throws<ArgumentException>(() => new ExportPolicy(new[] { auth }));
        Assert.Contains("'NOPE'", e.Message);
    }

    [Fact]
    public void A_policy_rejects_an_authorisation_of_a_prohibition_or_of_another_authorisation()
    {
        // Nothing authorises a prohibition; a company permission cannot lift one.
        var ban = Rule.Prohibit("BAN", "t").When(Always);
        var req = Rule.RequireLicence("REQ", "t", ReviewPolicy.CaseByCase).When(Always);
        var auth = Rule.Authorise("A", "t", AuthorisationKind.SpecificLicence, "REQ").When(Always);
        Assert.Throws<ArgumentException>(() => new ExportPolicy(new[] { ban, Rule.Authorise("LIFT", "t", AuthorisationKind.Exclusion, "BAN").When(Always) }));
        Assert.Throws<ArgumentException>(() => new ExportPolicy(new[] { req, auth, Rule.Authorise("B", "t", AuthorisationKind.Exclusion, "A").When(Always) }));
    }

    [Fact]
    public void A_policy_rejects_null_rules()
    {
        Assert.Throws<ArgumentNullException>(() => new ExportPolicy(null!));
        Assert.Throws<ArgumentException>(() => new ExportPolicy(new Rule[] { null! }));
        Assert.Throws<ArgumentNullException>(() => RequestBuilder.DefaultPolicy.With(null!));
    }

    [Fact]
    public void With_adds_company_rules_after_the_law_and_keeps_the_name()
    {
        var extra = Rule.Prohibit("ACME-1", "t").When(Always);
        var policy = RequestBuilder.DefaultPolicy.With(extra);
        Assert.Equal(RequestBuilder.DefaultPolicy.Rules.Count + 1, policy.Rules.Count);
        Assert.Same(extra, policy.Rules[policy.Rules.Count - 1]);
        Assert.Equal(RequestBuilder.DefaultPolicy.Name, policy.Name);
        Assert.Equal(Outcome.Prohibited, policy.Evaluate(RequestBuilder.On("2019-01-01").WithParty("Acme").Build()).Outcome);
        Assert.Equal(Outcome.Permitted, RequestBuilder.DefaultPolicy.Evaluate(RequestBuilder.On("2019-01-01").WithParty("Acme").Build()).Outcome);
    }

    [Fact]
    public void The_rule_list_cannot_be_changed_through_the_policy()
    {
        var rules = RequestBuilder.DefaultPolicy.Rules;
        if (rules is Rule[] array) Assert.Fail("Rules exposes the policy's own array: " + array.Length);
        Assert.True(rules is System.Collections.Generic.ICollection<Rule> { IsReadOnly: true });
    }

    [Fact]
    public void A_company_rule_that_throws_fails_closed_with_the_error_in_the_decision()
    {
        var broken = Rule.RequireLicence("ACME-9", "broken", ReviewPolicy.CaseByCase)
            .WhenAnyParty(Condition.Of("reads a missing field", c => c.Request.Reference!.Length > 3));
        var d = RequestBuilder.DefaultPolicy.With(broken).Evaluate(RequestBuilder.On("2019-01-01").WithParty("Acme").Build());
        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        var problem = Assert.Single(d.Problems);
        Assert.Equal(ProblemKind.RuleFailed, problem.Kind);
        Assert.Contains("NullReferenceException", problem.Message);
        Assert.Equal("Acme", problem.Subject!.Name);
    }

    [Fact]
    public void A_party_condition_on_a_transaction_rule_fails_closed()
    {
        var misused = Rule.RequireLicence("ACME-2", "misused", ReviewPolicy.CaseByCase).When(Conditions.PartyInCountry("CN"));
        var d = RequestBuilder.DefaultPolicy.With(misused).Evaluate(RequestBuilder.On("2019-01-01").WithParty("Acme", country: "CN").Build());
        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        Assert.Contains("Use WhenAnyParty", Assert.Single(d.Problems).Message);
    }
}
