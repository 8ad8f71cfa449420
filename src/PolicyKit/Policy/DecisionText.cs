using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyKit;

/// <summary>Renders decisions as text: a one-line summary and an explanation tree.</summary>
internal static class DecisionText
{
    public static string Summary(Decision d)
    {
        string verb = d.Outcome switch
        {
            Outcome.Prohibited => "prohibited by ",
            Outcome.LicenceRequired => "licence required by ",
            Outcome.Permitted when d.ReliedOn.Count > 0 => "authorised by ",
            _ => "",
        };
        return $"{d.Outcome} as of {d.AsOf}: {verb}{Basis(d, nameEveryParty: true)}";
    }

    /// <summary>What a decision rests on, without its outcome: the prohibitions, the unmet requirements
    /// with their review policy, the problems, or the authorisations relied on. Parties are named always,
    /// or (for a table cell) only when the request has several.</summary>
    public static string Basis(Decision d, bool nameEveryParty)
    {
        bool nameParties = nameEveryParty || d.Request is { Parties.Count: > 1 };
        string For(Party? party) => nameParties && party is not null ? " for " + party.Name : "";
        return d.Outcome switch
        {
            Outcome.Prohibited => string.Join("; ", d.Prohibitions.Select(p => p.Rule.Id + For(p.Subject))),
            Outcome.LicenceRequired => string.Join("; ", d.Requirements.Where(r => !r.IsMet)
                .Select(r => $"{r.Requirement.Rule.Id}{For(r.Requirement.Subject)} ({ReviewText(r.Requirement.ReviewPolicy)})")),
            Outcome.NeedsReview => d.Problems.Count > 0 ? string.Join("; ", d.Problems) : "not decided",
            _ => d.ReliedOn.Count > 0 ? string.Join("; ", d.ReliedOn.Select(f => f.Rule.Id + For(f.Subject))) : "no rule applies",
        };
    }

    public static string Explain(Decision d)
    {
        var sb = new StringBuilder();
        sb.Append(d.Outcome).Append(" as of ").Append(d.AsOf);
        if (d.PolicyName is { } name) sb.Append(" (").Append(name).Append(')');
        sb.AppendLine();
        if (d.Request is { } request) sb.Append("  request: ").AppendLine(request.ToString());
        if (d.Requirements.Count == 0 && d.Prohibitions.Count == 0 && d.Problems.Count == 0)
            sb.AppendLine("  no prohibition or licence requirement applies");

        foreach (var p in d.Prohibitions)
        {
            sb.Append("  ✗ ").Append(RuleLine(p.Rule)).Append(" for ").AppendLine(p.Subject?.ToString() ?? "the transaction");
            Trace(sb, p.Why, "      ");
        }
        foreach (var status in d.Requirements)
        {
            var req = status.Requirement;
            sb.Append(status.IsMet ? "  ✓ " : "  ✗ ").Append(RuleLine(req.Rule))
              .Append(" for ").Append(req.Subject?.ToString() ?? "the transaction")
              .Append(status.IsMet ? ": met" : status.MightBeMet ? ": not decided" : ": NOT MET")
              .Append("; review policy: ").AppendLine(ReviewText(req.ReviewPolicy));
            sb.AppendLine("      applies because:");
            Trace(sb, req.Why, "        ");
            if (status.MetBy is { } met)
            {
                sb.Append("      met by ").AppendLine(RuleLine(met.Rule));
                Trace(sb, met.Why, "        ");
                if (met.Rule.Documentation is { } doc && met.Rule.AuthorisationKind == AuthorisationKind.GeneralLicence)
                    sb.Append("        note: ").AppendLine(doc);
            }
            foreach (var also in status.AlsoMetBy) sb.Append("      also met by ").AppendLine(RuleLine(also.Rule));
            if (!status.IsMet)
            {
                if (status.NotMetBy.Count == 0) sb.AppendLine("      no authorisation in force covers it");
                foreach (var f in status.NotMetBy)
                {
                    sb.Append("      not met by ").Append(RuleLine(f.Rule)).AppendLine(f.Error is null ? "" : ": rule failed: " + f.Error);
                    Trace(sb, f.Why, "        ");
                }
            }
        }
        foreach (var problem in d.Problems) sb.Append("  ? ").AppendLine(problem.ToString());
        if (d.Citations.Count > 0) sb.Append("  citations: ").AppendLine(string.Join("; ", d.Citations));
        return sb.ToString();
    }

    private static string RuleLine(Rule rule) =>
        $"{rule.Id} \"{rule.Title}\" [{string.Join("; ", rule.Citations)}]";

    private static string ReviewText(ReviewPolicy policy) => Terms.ReviewPolicies.NameOf(policy);

    internal static string Mark(Truth value) => value switch { Truth.True => "✓", Truth.False => "✗", _ => "?" };

    private static void Trace(StringBuilder sb, ConditionTrace? node, string indent)
    {
        if (node is null) return;
        // "all of" with one part adds nothing: show the part.
        if (node.Children.Count == 1 && node.Name is "all of" or "any of") { Trace(sb, node.Children[0], indent); return; }
        sb.Append(indent).Append(Mark(node.Value)).Append(' ').Append(node.Name);
        if (node.Evidence is { } e) sb.Append(" — ").Append(e.Text);
        sb.AppendLine();
        foreach (var child in node.Children) Trace(sb, child, indent + "  ");
    }

}
