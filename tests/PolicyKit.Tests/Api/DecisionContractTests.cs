using System;
using System.Linq;
using Xunit;

namespace PolicyKit.Tests.Api;

/// <summary>The guards (EnsurePermitted, TryClear, Clearance) and what a decision says about itself.</summary>
public sealed class DecisionContractTests
{
    private static readonly ExportPolicy Policy = RequestBuilder.DefaultPolicy;

    private static ExportRequest Permitted() => RequestBuilder.On("2019-05-10").ToHuawei().Build();
    private static ExportRequest Required() => RequestBuilder.On("2019-05-17").ToHuawei().Build();

    [Fact]
    public void EnsurePermitted_returns_a_clearance_for_exactly_the_permitted_request()
    {
        var request = Permitted();
        var clearance = Policy.EnsurePermitted(request);

        Assert.True(clearance.Decision.IsPermitted);
        Assert.Same(request, clearance.Request);
        clearance.AssertCovers(request);
        var other = Permitted();
        var e = Assert.Throws<InvalidOperationException>(() => clearance.AssertCovers(other));
        Assert.Contains("not for", e.Message);
        Assert.StartsWith("Clearance: Permitted as of 2019-05-10", clearance.ToString());
    }

    [Fact]
    public void EnsurePermitted_throws_a_denial_that_carries_the_decision()
    {
        var request = Required();
        var e = Assert.Throws<ExportDeniedException>(() => Policy.EnsurePermitted(request));

        Assert.Equal(Outcome.LicenceRequired, e.Decision.Outcome);
        Assert.Same(request, e.Decision.Request);
        Assert.Equal(EarRulesIds.EntityList, e.Decision.Requirements.Single().Requirement.Rule.Id);
        Assert.Equal("Export not permitted. " + e.Decision.Summary, e.Message);
    }

    [Fact]
    public void EnsurePermitted_throws_for_needs_review_too()
    {
        var request = RequestBuilder.On("2019-06-01").WithParty("Hangzhou Huawei Enterprises", country: "CN").Build();
        var e = Assert.Throws<ExportDeniedException>(() => Policy.EnsurePermitted(request));
        Assert.Equal(Outcome.NeedsReview, e.Decision.Outcome);
    }

    [Fact]
    public void TryClear_gives_a_clearance_only_when_permitted()
    {
        Assert.True(Policy.TryClear(Permitted(), out var clearance));
        Assert.NotNull(clearance);
        Assert.True(clearance!.Decision.IsPermitted);

        Assert.False(Policy.TryClear(Required(), out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Guards_reject_a_null_request()
    {
        Assert.Throws<ArgumentNullException>(() => Policy.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Policy.EnsurePermitted(null!));
        Assert.Throws<ArgumentNullException>(() => Policy.TryClear(null!, out _));
    }

    [Fact]
    public void Default_decision_needs_review_and_never_permits()
    {
        var d = default(Decision);
        Assert.Equal(Outcome.NeedsReview, d.Outcome);
        Assert.Equal((Outcome)0, d.Outcome);
        Assert.False(d.IsPermitted);
        Assert.Null(d.Request);
        Assert.Equal(CalendarDate.MinValue, d.AsOf);
        Assert.Empty(d.Requirements);
        Assert.Empty(d.AppliedRules);
        Assert.Empty(d.Problems);
        Assert.Equal("NeedsReview as of 0001-01-01: not decided", d.Summary);
        Assert.StartsWith("NeedsReview as of 0001-01-01", d.Explain());
    }

    [Fact]
    public void A_clearance_cannot_be_made_for_a_decision_that_does_not_permit()
    {
        Assert.Throws<InvalidOperationException>(() => new Clearance(default));
        var denied = Policy.Evaluate(Required());
        Assert.Throws<InvalidOperationException>(() => new Clearance(denied));
        Assert.Throws<InvalidOperationException>(() => new Clearance(Policy.Evaluate(RequestBuilder.On("2019-06-01").WithParty("x", listId: "NO-SUCH-ID").Build())));
    }

    [Fact]
    public void Explain_names_the_condition_that_failed_the_authorisation_and_the_citations()
    {
        var d = RequestBuilder.On("2019-06-01").ToHuawei().Ear99(ItemKind.Software).For(Activity.NetworkMaintenance).Contract("2019-06-01").Decide();
        string text = d.Explain();

        Assert.Equal(Outcome.LicenceRequired, d.Outcome);
        Assert.StartsWith("LicenceRequired as of 2019-06-01 (PolicyKit US EAR rules (built-in))", text);
        Assert.Contains("✗ EAR-744.11-ENTITY-LIST \"Entity List licence requirement\"", text);
        Assert.Contains(": NOT MET; review policy: presumption of denial", text);
        Assert.Contains("not met by EAR-TGL-2019-05-20-NETWORKS", text);
        Assert.Contains("✗ contract dated on or before 2019-05-16 — contract date: 2019-06-01", text);
        Assert.Contains("citations: 15 CFR 744.11; 15 CFR 744.16; Supplement No. 4 to 15 CFR part 744; 84 FR 22961", text);
        Assert.Equal(new[] { "15 CFR 744.11", "15 CFR 744.16", "Supplement No. 4 to 15 CFR part 744", "84 FR 22961" }, d.Citations.Select(c => c.ToString()));
    }

    [Fact]
    public void Explain_shows_the_general_licence_relied_on_with_its_note_and_citation()
    {
        var d = RequestBuilder.On("2019-06-01").ToHuawei().Ear99(ItemKind.Software).For(Activity.NetworkMaintenance).Contract("2019-03-01").Decide();
        string text = d.Explain();

        Assert.Contains("met by EAR-TGL-2019-05-20-NETWORKS", text);
        Assert.Contains("note: Transactions needed to maintain and support existing", text);
        Assert.Contains("certification statement", text);
        Assert.Contains(d.Citations, c => c.Text == "84 FR 23468");
        var relied = Assert.Single(d.ReliedOn);
        Assert.Equal(AuthorisationKind.GeneralLicence, relied.Rule.AuthorisationKind);
        Assert.Equal(RequestBuilder.Huawei, relied.Subject!.Name);
        Assert.Equal(new[] { "EAR-744.11-ENTITY-LIST", "EAR-TGL-2019-05-20-NETWORKS" }, d.AppliedRules.Select(f => f.Rule.Id));
    }

    [Fact]
    public void Explain_marks_unconfirmed_citations()
    {
        var d = RequestBuilder.On("2019-11-01").WithParty("Hikvision", country: "CN").Decide();
        Assert.Contains("84 FR 54002 (unconfirmed)", d.Explain());
        Assert.Contains(d.Citations, c => c.IsUnconfirmed && c.Text == "84 FR 54002");
    }

    [Fact]
    public void Explain_shows_specific_licence_conditions()
    {
        var licence = RequestBuilder.Licence("D1", "2020-01-01", "2020-12-31", new[] { "HUAWEI-0001" }, new[] { "EAR99" }, conditions: "  Only for the Shenzhen site.  ");
        var d = RequestBuilder.On("2020-06-01").ToHuawei().Holding(licence).Decide();
        Assert.True(d.IsPermitted);
        Assert.Contains("licence D1 (valid 2020-01-01 to 2020-12-31); conditions: Only for the Shenzhen site.", d.Explain());
        Assert.Contains(d.Citations, c => c.Text == "BIS licence D1");
    }

    [Fact]
    public void Summaries_say_what_decided()
    {
        Assert.Equal("Permitted as of 2019-05-10: no rule applies", Policy.Evaluate(Permitted()).Summary);
        Assert.Equal("LicenceRequired as of 2019-05-17: licence required by EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (presumption of denial)",
            Policy.Evaluate(Required()).Summary);
        Assert.Equal("Permitted as of 2019-06-01: authorised by EAR-TGL-2019-05-20-STANDARDS for Huawei Technologies Co., Ltd.",
            RequestBuilder.On("2019-06-01").ToHuawei().Ear99(ItemKind.Technology).For(Activity.Standards).Decide().Summary);
        Assert.Equal("NeedsReview as of 2019-06-01: EAR-TGL-2019-05-20-NETWORKS for Huawei Technologies Co., Ltd.: missing data: contract date",
            RequestBuilder.On("2019-06-01").ToHuawei().Ear99(ItemKind.Software).For(Activity.NetworkMaintenance).Decide().Summary);
        Assert.Equal("LicenceRequired as of 2019-11-01: licence required by EAR-744.11-ENTITY-LIST for Hikvision (case-by-case)",
            RequestBuilder.On("2019-11-01").WithParty("Hikvision").Eccn("1A995", ItemKind.Commodity, "AT").Decide().Summary);

        var ban = Rule.Prohibit("ACME-1", "No sales to Ruritania").WhenAnyParty(Conditions.PartyInCountry("RU"));
        var d = Policy.With(ban).Evaluate(RequestBuilder.On("2019-05-10").WithParty("Acme", country: "RU").Build());
        Assert.Equal("Prohibited as of 2019-05-10: prohibited by ACME-1 for Acme", d.Summary);
        Assert.Equal(d.Summary, d.ToString());
    }

    [Fact]
    public void A_decision_names_its_policy_on_the_fast_path_too()
    {
        // The fast pass answers "nothing applies" without the full evaluation; the record must still say
        // which policy decided, as the full evaluation's decision does.
        var request = Permitted();
        var fast = Policy.Evaluate(request);
        Assert.Equal("PolicyKit US EAR rules (built-in)", fast.PolicyName);
        Assert.Equal(PolicyEvaluation.Run(Policy, request).PolicyName, fast.PolicyName);
        Assert.StartsWith("Permitted as of 2019-05-10 (PolicyKit US EAR rules (built-in))", fast.Explain());
        Assert.Null(new ExportPolicy(Array.Empty<Rule>()).Evaluate(request).PolicyName);
    }

    [Fact]
    public void A_requirement_records_its_subject_review_policy_and_reasons()
    {
        var d = RequestBuilder.On("2019-06-01").WithParty("Acme", PartyRole.Purchaser, "DE").ToHuawei(PartyRole.UltimateConsignee).Decide();
        var status = Assert.Single(d.Requirements);
        Assert.False(status.IsMet);
        Assert.False(status.MightBeMet);
        Assert.Null(status.MetBy);
        Assert.Equal(PartyRole.UltimateConsignee, status.Requirement.Subject!.Role);
        Assert.Equal(ReviewPolicy.PresumptionOfDenial, status.Requirement.ReviewPolicy);
        Assert.Equal(Truth.True, status.Requirement.Why!.Value);
        Assert.Contains(status.NotMetBy, f => f.Rule.Id == "EAR-SPECIFIC-LICENCE" && f.Value == Truth.False);
        Assert.Equal("EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd. (CN, ultimate consignee)", status.Requirement.ToString());
    }

    [Fact]
    public void Another_authorisation_that_also_applies_is_listed_as_an_alternative()
    {
        // 2022-10-01, standards software: the 2022 exclusion applies, and so does a specific licence.
        var licence = RequestBuilder.Licence("D9", "2022-01-01", "2022-12-31", new[] { "HUAWEI-0001" }, new[] { "EAR99" });
        var d = RequestBuilder.On("2022-10-01").ToHuawei().Ear99(ItemKind.Software).For(Activity.Standards).Holding(licence).Decide();
        var status = Assert.Single(d.Requirements);
        Assert.Equal("EAR-STANDARDS-2022", status.MetBy!.Rule.Id);
        Assert.Equal("EAR-SPECIFIC-LICENCE", Assert.Single(status.AlsoMetBy).Rule.Id);
        Assert.Equal("EAR-STANDARDS-2022", Assert.Single(d.ReliedOn).Rule.Id);
        Assert.Contains("also met by EAR-SPECIFIC-LICENCE", d.Explain());
    }

    [Fact]
    public void The_same_request_on_another_date_is_decided_as_of_that_date()
    {
        var request = Required();
        var earlier = request.On(RequestBuilder.D("2019-05-15"));
        Assert.Equal(Outcome.Permitted, Policy.Evaluate(earlier).Outcome);
        Assert.Equal(Outcome.LicenceRequired, Policy.Evaluate(request).Outcome);
        Assert.Same(request.Item, earlier.Item);
        Assert.Equal(request.Parties, earlier.Parties);
    }

    [Fact]
    public void A_failing_evidence_callback_changes_neither_the_value_nor_the_outcome()
    {
        // Evidence is presentation: the fast pass never calls it, so the explained pass must not let it
        // turn a "does not apply" into a failed rule.
        var rule = Rule.Prohibit("ACME-1", "No exports to country XX")
            .WhenAnyParty(Condition.Of("party is in XX", c => c.RequireParty().Country == "XX", c => throw new InvalidOperationException("boom")));
        var policy = Policy.With(rule);
        var listedAndUnlisted = RequestBuilder.On("2019-05-17").ToHuawei().With(Party.Purchaser("Acme GmbH", "DE")).Build();

        var decision = policy.Evaluate(listedAndUnlisted);

        Assert.Equal(Outcome.LicenceRequired, decision.Outcome);
        Assert.Empty(decision.Problems);
        var trace = rule.Condition.Explain(new RuleContext(listedAndUnlisted, listedAndUnlisted.Parties[0]));
        Assert.Equal(Truth.False, trace.Value);
        Assert.Contains("evidence unavailable: InvalidOperationException: boom", trace.Evidence!.Text);
    }

    private static class EarRulesIds
    {
        public const string EntityList = PolicyKit.Ear.EarRules.EntityListRequirement;
    }
}
