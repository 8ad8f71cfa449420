using System;
using System.Collections.Generic;

using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>One rule's answer for one subject: whether it applied, why, or how it failed.</summary>
public sealed class RuleFinding
{
    internal RuleFinding(Rule rule, Party? subject, Truth value, ConditionTrace? why, string? error)
    {
        Rule = rule;
        Subject = subject;
        Value = value;
        Why = why;
        Error = error;
    }

    /// <summary>The rule.</summary>
    public Rule Rule { get; }
    /// <summary>The party the rule was asked about, or null for the whole transaction.</summary>
    public Party? Subject { get; }
    /// <summary>True when the rule applied; unknown when it could not be decided or failed.</summary>
    public Truth Value { get; }
    /// <summary>The explained condition, or null when the rule threw.</summary>
    public ConditionTrace? Why { get; }
    /// <summary>The exception message when the rule threw; the decision then fails closed.</summary>
    public string? Error { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Id}{(Subject is null ? "" : " for " + Subject.Name)}: {(Error is null ? Value.ToString() : "failed")}";
}

/// <summary>A licence requirement and what happened to it: the authorisation relied on to meet it,
/// others that would also meet it, and those considered that did not.</summary>
public sealed class RequirementStatus
{
    internal RequirementStatus(Requirement requirement, RuleFinding? metBy, IReadOnlyList<RuleFinding> alsoMetBy, IReadOnlyList<RuleFinding> notMetBy)
    {
        Requirement = requirement;
        MetBy = metBy;
        AlsoMetBy = ReadOnly.Copy(alsoMetBy);
        NotMetBy = ReadOnly.Copy(notMetBy);
    }

    /// <summary>The requirement.</summary>
    public Requirement Requirement { get; }
    /// <summary>The authorisation relied on (the first that applies, in policy order), or null.</summary>
    public RuleFinding? MetBy { get; }
    /// <summary>Other authorisations that apply too.</summary>
    public IReadOnlyList<RuleFinding> AlsoMetBy { get; }
    /// <summary>Authorisations in force that cover this requirement but did not apply, could not be
    /// decided, or failed; each with its explanation.</summary>
    public IReadOnlyList<RuleFinding> NotMetBy { get; }
    /// <summary>Whether an authorisation meets the requirement.</summary>
    public bool IsMet => MetBy is not null;
    /// <summary>Whether the requirement is unmet only because an authorisation could not be decided.</summary>
    public bool MightBeMet => MetBy is null && NotMetBy.Count > 0 && HasUndecided();

    private bool HasUndecided()
    {
        foreach (var f in NotMetBy) if (f.Value == Truth.Unknown) return true;
        return false;
    }
}

/// <summary>Why a decision could not be made: missing data or a failing rule.</summary>
public enum ProblemKind
{
    /// <summary>The request lacks a fact that a rule needs.</summary>
    MissingData,
    /// <summary>A rule threw an exception.</summary>
    RuleFailed,
}

/// <summary>Something that kept the policy from deciding; any problem rules out a permit.</summary>
public sealed class Problem
{
    internal Problem(ProblemKind kind, Rule rule, Party? subject, string message)
    {
        Kind = kind;
        Rule = rule;
        Subject = subject;
        Message = message;
    }

    /// <summary>Missing data or a failing rule.</summary>
    public ProblemKind Kind { get; }
    /// <summary>The rule concerned.</summary>
    public Rule Rule { get; }
    /// <summary>The party concerned, or null.</summary>
    public Party? Subject { get; }
    /// <summary>What went wrong, in words.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Id}{(Subject is null ? "" : " for " + Subject.Name)}: {Message}";
}

/// <summary>The parts of a decision that only exist when some rule had something to say.</summary>
internal sealed class DecisionDetails
{
    public static readonly DecisionDetails Empty = new(Array.Empty<RequirementStatus>(), Array.Empty<RuleFinding>(), Array.Empty<Problem>(), null);

    public DecisionDetails(IReadOnlyList<RequirementStatus> requirements, IReadOnlyList<RuleFinding> prohibitions, IReadOnlyList<Problem> problems, string? policyName)
    {
        Requirements = ReadOnly.Copy(requirements);
        Prohibitions = ReadOnly.Copy(prohibitions);
        Problems = ReadOnly.Copy(problems);
        PolicyName = policyName;
        var applied = new List<RuleFinding>();
        var reliedOn = new List<RuleFinding>();
        var citations = new List<Citation>();
        foreach (var p in prohibitions) Add(applied, citations, p);
        foreach (var r in requirements)
        {
            Add(applied, citations, new RuleFinding(r.Requirement.Rule, r.Requirement.Subject, Truth.True, r.Requirement.Why, null));
            if (r.MetBy is { } met)
            {
                Add(applied, citations, met);
                if (!reliedOn.Exists(f => f.Rule == met.Rule && f.Subject == met.Subject)) reliedOn.Add(met);
            }
            foreach (var also in r.AlsoMetBy) applied.Add(also);
        }
        Applied = ReadOnly.Copy(applied);
        ReliedOn = ReadOnly.Copy(reliedOn);
        Citations = ReadOnly.Copy(citations);
    }

    public IReadOnlyList<RequirementStatus> Requirements { get; }
    public IReadOnlyList<RuleFinding> Prohibitions { get; }
    public IReadOnlyList<Problem> Problems { get; }
    public IReadOnlyList<RuleFinding> Applied { get; }
    public IReadOnlyList<RuleFinding> ReliedOn { get; }
    public IReadOnlyList<Citation> Citations { get; }
    public string? PolicyName { get; }

    private static void Add(List<RuleFinding> applied, List<Citation> citations, RuleFinding finding)
    {
        applied.Add(finding);
        foreach (var c in finding.Rule.Citations) if (!citations.Contains(c)) citations.Add(c);
        if (finding.Why is null) return;
        foreach (var node in finding.Why.DescendantsAndSelf())
            if (node.Value == Truth.True && node.Evidence is { } e)
                foreach (var c in e.Citations) if (!citations.Contains(c)) citations.Add(c);
    }
}
