using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>The full, explained evaluation of one request: the combining algorithm documented on <see cref="ExportPolicy"/>.</summary>
internal static class PolicyEvaluation
{
    public static Decision Run(ExportPolicy policy, ExportRequest request)
    {
        var date = request.Date;
        var problems = new List<Problem>();
        var prohibitions = new List<RuleFinding>();
        var requirements = new List<Requirement>();
        bool undecided = false; // a prohibition or requirement that might apply

        foreach (var rule in policy.Rules)
        {
            if (rule.Effect == RuleEffect.Authorise || !rule.IsInForce(date)) continue;
            if (rule.Scope == RuleScope.Transaction) Ask(rule, new RuleContext(request));
            else foreach (var party in request.PartyArray) Ask(rule, new RuleContext(request, party));
        }

        void Ask(Rule rule, RuleContext context)
        {
            var finding = Explain(rule, context);
            if (finding.Value == Truth.False) return;
            if (finding.Value == Truth.Unknown)
            {
                undecided = true;
                problems.Add(ProblemOf(finding));
                return;
            }
            if (rule.Effect == RuleEffect.Prohibit) { prohibitions.Add(finding); return; }
            try
            {
                requirements.Add(new Requirement(rule, context.Party, rule.ReviewPolicyFor(context), finding.Why));
            }
            catch (Exception e)
            {
                undecided = true;
                problems.Add(new Problem(ProblemKind.RuleFailed, rule, context.Party, $"could not determine the review policy: {e.GetType().Name}: {e.Message}"));
            }
        }

        var statuses = new List<RequirementStatus>(requirements.Count);
        foreach (var requirement in requirements)
        {
            var status = Meet(policy, request, requirement, problems);
            statuses.Add(status);
        }

        Outcome outcome =
            prohibitions.Count > 0 ? Outcome.Prohibited
            : statuses.Any(s => !s.IsMet && !s.MightBeMet) ? Outcome.LicenceRequired
            : undecided || problems.Count > 0 || statuses.Any(s => !s.IsMet) ? Outcome.NeedsReview
            : Outcome.Permitted;

        return new Decision(outcome, request, new DecisionDetails(statuses, prohibitions, problems, policy.Name));
    }

    private static RequirementStatus Meet(ExportPolicy policy, ExportRequest request, Requirement requirement, List<Problem> problems)
    {
        RuleFinding? metBy = null;
        var also = new List<RuleFinding>();
        var notMet = new List<RuleFinding>();
        foreach (var rule in policy.Rules)
        {
            if (rule.Effect != RuleEffect.Authorise || !rule.IsInForce(request.Date) || !rule.Covers.Contains(requirement.Rule.Id)) continue;
            var finding = Explain(rule, new RuleContext(request, requirement: requirement));
            if (finding.Error is not null) problems.Add(ProblemOf(finding)); // a failing rule is never ignored
            if (finding.Value == Truth.True)
            {
                if (metBy is null) metBy = finding; else also.Add(finding);
            }
            else notMet.Add(finding);
        }
        // Missing data in an authorisation only matters when nothing else meets the requirement.
        if (metBy is null)
            foreach (var f in notMet)
                if (f.Value == Truth.Unknown && f.Error is null) problems.Add(ProblemOf(f));
        return new RequirementStatus(requirement, metBy, also, notMet);
    }

    private static RuleFinding Explain(Rule rule, RuleContext context)
    {
        try
        {
            var trace = rule.Condition.Explain(context);
            return new RuleFinding(rule, context.Party, trace.Value, trace, null);
        }
        catch (Exception e)
        {
            return new RuleFinding(rule, context.Party, Truth.Unknown, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static Problem ProblemOf(RuleFinding finding)
    {
        if (finding.Error is { } error)
            return new Problem(ProblemKind.RuleFailed, finding.Rule, finding.Subject, "the rule failed: " + error);
        var missing = finding.Why?.MissingFacts().Distinct().ToArray() ?? Array.Empty<string>();
        return new Problem(ProblemKind.MissingData, finding.Rule, finding.Subject,
            missing.Length > 0 ? "missing data: " + string.Join(", ", missing) : "the rule could not be decided from the request");
    }
}
