using System.Linq;

namespace PolicyKit.Cli;

/// <summary>What a decision rests on, in a few words for a table cell: the authorisation relied on,
/// the unmet requirement, the prohibition, or the problem.</summary>
internal static class DecisionBasis
{
    public static string Of(Decision decision)
    {
        bool severalParties = decision.Request is { Parties.Count: > 1 };
        string Subject(Party? party) => severalParties && party is not null ? " for " + party.Name : "";
        return decision.Outcome switch
        {
            Outcome.Prohibited => string.Join("; ", decision.Prohibitions.Select(p => p.Rule.Id + Subject(p.Subject))),
            Outcome.LicenceRequired => string.Join("; ", decision.Requirements.Where(r => !r.IsMet).Select(r =>
                $"{r.Requirement.Rule.Id}{Subject(r.Requirement.Subject)} ({Terms.ReviewPolicies.NameOf(r.Requirement.ReviewPolicy)})")),
            Outcome.NeedsReview => decision.Problems.Count > 0 ? string.Join("; ", decision.Problems) : "not decided",
            _ => decision.ReliedOn.Count > 0 ? string.Join("; ", decision.ReliedOn.Select(f => f.Rule.Id + Subject(f.Subject))) : "no rule applies",
        };
    }
}
