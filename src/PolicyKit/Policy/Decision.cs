using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// The immutable answer of an <see cref="ExportPolicy"/> for one request: the outcome, the as-of date,
/// every rule that applied and why, the authorisations relied on, the citations, and any problem that
/// kept the policy from deciding.
/// </summary>
/// <remarks>
/// A value type so that the common answer — nothing applies, permitted — costs no allocation.
/// <c>default(Decision)</c> has outcome <see cref="Outcome.NeedsReview"/>, so it never permits.
/// </remarks>
public readonly struct Decision
{
    private readonly DecisionDetails? _details;

    internal Decision(Outcome outcome, ExportRequest request, DecisionDetails? details)
    {
        Outcome = outcome;
        Request = request;
        _details = details;
    }

    private DecisionDetails Details => _details ?? DecisionDetails.Empty;

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>True only when the outcome is <see cref="Outcome.Permitted"/>.</summary>
    public bool IsPermitted => Outcome == Outcome.Permitted;

    /// <summary>The date as of which the law was applied: the request's date.</summary>
    public CalendarDate AsOf => Request?.Date ?? default;

    /// <summary>The request decided, or null for <c>default(Decision)</c>.</summary>
    public ExportRequest? Request { get; }

    /// <summary>Every licence requirement that applied, with how it was or was not met.</summary>
    public IReadOnlyList<RequirementStatus> Requirements => Details.Requirements;

    /// <summary>Every prohibition that applied.</summary>
    public IReadOnlyList<RuleFinding> Prohibitions => Details.Prohibitions;

    /// <summary>Every rule that applied: requirements, prohibitions, and the authorisations that met a requirement.</summary>
    public IReadOnlyList<RuleFinding> AppliedRules => Details.Applied;

    /// <summary>The authorisations relied on to meet the requirements.</summary>
    public IReadOnlyList<RuleFinding> ReliedOn => Details.ReliedOn;

    /// <summary>The citations of the rules and list entries the decision rests on.</summary>
    public IReadOnlyList<Citation> Citations => Details.Citations;

    /// <summary>Missing data and failing rules; any problem rules out a permit.</summary>
    public IReadOnlyList<Problem> Problems => Details.Problems;

    /// <summary>The name of the policy that decided, or null.</summary>
    public string? PolicyName => Details.PolicyName;

    /// <summary>A one-line summary, e.g. <c>LicenceRequired as of 2019-05-17: EAR-744.11-ENTITY-LIST for Huawei Technologies Co., Ltd.</c>.</summary>
    public string Summary => DecisionText.Summary(this);

    /// <summary>The reasons as a readable tree with citations.</summary>
    public string Explain() => DecisionText.Explain(this);

    /// <inheritdoc/>
    public override string ToString() => Summary;
}
