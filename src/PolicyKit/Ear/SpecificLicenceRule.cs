using System;
using System.Linq;

namespace PolicyKit.Ear;

/// <summary>Relies on a specific licence held by the exporter (carried on the request).</summary>
internal static class SpecificLicenceRule
{
    public static Rule Create(EntityList list) =>
        Rule.Authorise(EarRules.SpecificLicence, "Specific licence held by the exporter", AuthorisationKind.SpecificLicence, EarRules.EntityListRequirement)
            .Citing(new Citation("15 CFR part 750"))
            .Documented(
                "A licence meets an Entity List requirement when it is valid on the transaction date, names the party (by list identifier " +
                "or by a name of its entry), covers the item's classification (an ECCN covers its sub-paragraphs), and, where it restricts " +
                "them, the kind of item, the activity and the kind of transfer. Its conditions are shown whenever a decision relies on it. " +
                "Applications for Huawei entities were reviewed under a presumption of denial; some were granted from 2019-11-20.")
            .When(Condition.Of("the exporter holds a licence that covers this party and transaction",
                c => Find(list, c) is not null,
                c => Find(list, c) is { } licence
                    ? new Evidence($"{licence}{(licence.Conditions is null ? "" : "; conditions: " + licence.Conditions)}", new[] { new Citation("BIS licence " + licence.Number) })
                    : new Evidence(c.Request.Licences.Count == 0 ? "no licence held" : "no licence held covers it: " + string.Join("; ", c.Request.Licences.Select(l => Why(list, l, c))))));

    private static Licence? Find(EntityList list, RuleContext c)
    {
        foreach (var licence in c.Request.LicenceArray)
            if (licence.CoversTransaction(c.Request) && NamesParty(list, licence, c.RequireParty(), c.Date)) return licence;
        return null;
    }

    private static bool NamesParty(EntityList list, Licence licence, Party party, CalendarDate date)
    {
        var entry = list.Resolve(party, date).Entry;
        string partyKey = NameKey.Of(party.Name);
        foreach (string named in licence.Parties)
        {
            if (entry is not null && string.Equals(named, entry.Id, StringComparison.OrdinalIgnoreCase)) return true;
            if (NameKey.Of(named) == partyKey) return true;
            if (entry is not null && list.FindByName(named).Contains(entry)) return true;
        }
        return false;
    }

    private static string Why(EntityList list, Licence l, RuleContext c)
    {
        var r = c.Request;
        if (!l.Validity.Contains(r.Date)) return $"{l.Number} is not valid on {r.Date} (valid {l.Validity})";
        if (!NamesParty(list, l, c.RequireParty(), r.Date)) return $"{l.Number} does not name {c.RequireParty().Name}";
        if (!l.Items.Any(i => r.Item.Classification.IsWithin(i))) return $"{l.Number} does not cover {r.Item.Classification}";
        if (l.Kinds.Count > 0 && !l.Kinds.Contains(r.Item.Kind)) return $"{l.Number} does not cover {r.Item.Kind.ToString().ToLowerInvariant()}";
        if (l.Activities.Count > 0 && !l.Activities.Contains(r.Activity)) return $"{l.Number} does not cover activity {r.Activity}";
        return $"{l.Number} does not cover transfer {r.Transfer.ToString().ToLowerInvariant()}";
    }
}
