using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// A set of rules and one combining algorithm. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The combining algorithm, evaluated only over rules in force on the request's date:</para>
/// <list type="number">
/// <item>Every prohibition and licence requirement is asked (per party where its scope says so).</item>
/// <item>For each requirement that arises, every authorisation in force that names the requirement's
/// rule in <see cref="Rule.Covers"/> is asked; the first that applies, in policy order, is relied on.</item>
/// <item>The outcome is <see cref="Outcome.Prohibited"/> if a prohibition applies; otherwise
/// <see cref="Outcome.LicenceRequired"/> if a requirement is unmet and no covering authorisation was
/// left undecided; otherwise <see cref="Outcome.NeedsReview"/> if anything could not be decided (missing
/// data, a rule that threw, a requirement or prohibition of unknown truth, an unmet requirement whose
/// authorisation was undecided); otherwise <see cref="Outcome.Permitted"/>.</item>
/// </list>
/// <para>So a request is permitted exactly when no prohibition applies or might apply, no requirement
/// might apply, every requirement that applies is met by an authorisation that applies, and no rule
/// failed. A request that touches nothing listed is permitted. An exception or missing data never
/// yields a permit. The laws are in <c>docs/policy-model.md</c>.</para>
/// </remarks>
public sealed class ExportPolicy
{
    private readonly Rule[] _rules;
    private readonly IReadOnlyList<Rule> _ruleView;
    private readonly Rule[] _obligations; // prohibitions and requirements, in policy order: the fast pass
    private readonly DecisionDetails? _nothingApplies; // the fast pass's answer details: only the policy name, built once

    /// <summary>Creates a policy.</summary>
    /// <param name="rules">The rules, in order; the order decides which authorisation is relied on when several apply.</param>
    /// <param name="name">A name for decisions and records.</param>
    /// <exception cref="ArgumentException">Duplicate rule identifiers, or an authorisation that covers a
    /// rule that is not a licence requirement of this policy.</exception>
    public ExportPolicy(IEnumerable<Rule> rules, string? name = null)
    {
        _rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
        var byId = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (rule is null) throw new ArgumentException("A rule is null.", nameof(rules));
            if (byId.ContainsKey(rule.Id)) throw new ArgumentException($"Two rules have the identifier '{rule.Id}'.", nameof(rules));
            byId.Add(rule.Id, rule);
        }
        foreach (var rule in _rules)
            foreach (var covered in rule.Covers)
                if (!byId.TryGetValue(covered, out var target) || target.Effect != RuleEffect.RequireLicence)
                    throw new ArgumentException($"Authorisation '{rule.Id}' covers '{covered}', which is not a licence-requirement rule of this policy.", nameof(rules));
        _obligations = _rules.Where(r => r.Effect != RuleEffect.Authorise).ToArray();
        _ruleView = Array.AsReadOnly(_rules);
        Name = string.IsNullOrWhiteSpace(name) ? null : name;
        _nothingApplies = Name is null ? null
            : new DecisionDetails(Array.Empty<RequirementStatus>(), Array.Empty<RuleFinding>(), Array.Empty<Problem>(), Name);
    }

    /// <summary>The policy's name, or null.</summary>
    public string? Name { get; }

    /// <summary>The rules, in policy order.</summary>
    public IReadOnlyList<Rule> Rules => _ruleView;

    /// <summary>A policy with the built-in US export rules (<see cref="Ear.EarRules"/>) over the
    /// built-in Entity List seed.</summary>
    public static ExportPolicy CreateDefault() => new(Ear.EarRules.Create(EntityList.BuiltIn), "PolicyKit US EAR rules (built-in)");

    /// <summary>This policy with more rules after its own, e.g. a company's rules on top of the law.</summary>
    public ExportPolicy With(params Rule[] additionalRules) => new(_rules.Concat(additionalRules ?? throw new ArgumentNullException(nameof(additionalRules))), Name);

    /// <summary>Decides a request. Never throws for a failing rule: the decision fails closed instead.</summary>
    public Decision Evaluate(ExportRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        // Fast pass: when no prohibition or requirement can arise (the common case) the answer is
        // "permitted, nothing applied", and costs no allocation. Anything else is decided, with
        // explanations, by the full pass, which applies the same rules in the same short-circuit order.
        return NothingCanApply(request) ? new Decision(Outcome.Permitted, request, _nothingApplies) : PolicyEvaluation.Run(this, request);
    }

    /// <summary>Returns a <see cref="Clearance"/> when the request is permitted.</summary>
    /// <exception cref="ExportDeniedException">The request is not permitted; the exception carries the decision.</exception>
    public Clearance EnsurePermitted(ExportRequest request)
    {
        var decision = Evaluate(request);
        if (!decision.IsPermitted) throw new ExportDeniedException(decision);
        return new Clearance(decision);
    }

    /// <summary>Returns true and a <see cref="Clearance"/> when the request is permitted; false and null otherwise.</summary>
    public bool TryClear(ExportRequest request, [NotNullWhen(true)] out Clearance? clearance)
    {
        var decision = Evaluate(request);
        clearance = decision.IsPermitted ? new Clearance(decision) : null;
        return clearance is not null;
    }

    private bool NothingCanApply(ExportRequest request)
    {
        var date = request.Date;
        try
        {
            foreach (var rule in _obligations)
            {
                if (!rule.IsInForce(date)) continue;
                if (rule.Scope == RuleScope.Transaction)
                {
                    if (rule.Condition.Evaluate(new RuleContext(request)) != Truth.False) return false;
                }
                else
                {
                    foreach (var party in request.PartyArray)
                        if (rule.Condition.Evaluate(new RuleContext(request, party)) != Truth.False) return false;
                }
            }
            return true;
        }
        catch (Exception)
        {
            return false; // the full pass records the failure
        }
    }
}
