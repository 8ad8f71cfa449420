using System;
using System.Collections.Generic;
using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>Reads PolicyKit's Entity List JSON format, rejecting the whole file on the first error.</summary>
internal static class EntityListReader
{
    private static readonly string[] EntryFields =
    {
        "id", "group", "name", "aliases", "country", "addresses", "effective", "listingUncertainFrom", "removed", "published",
        "federalRegister", "federalRegisterUnconfirmed", "licenceRequirement", "reviewPolicy", "source", "notes",
    };

    public static EntityList Read(byte[] utf8Json, string source)
    {
        var root = new JsonFields(JsonTree.Parse(utf8Json, source), source);
        root.RejectUnknown("dataset", "version", "provenance", "entries");
        var entries = new List<EntityListEntry>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in root.RequiredArray("entries"))
        {
            var f = new JsonFields(node, source);
            f.RejectUnknown(EntryFields);
            string id = f.RequiredString("id");
            if (!ids.Add(id)) throw f.Error(node["id"], "id", $"'{id}' is used by an earlier entry");
            string? country = f.OptionalString("country");
            if (country is not null && !CountryCode.IsValid(country)) throw f.Error(node["country"], "country", $"'{country}' is not an ISO 3166-1 alpha-2 code");
            var review = f.OptionalObject("reviewPolicy") ?? throw f.Error(null, "reviewPolicy", "is required");
            review.RejectUnknown("default", "caseByCaseEccns");
            var reviewNode = node["reviewPolicy"];
            string policyText = review.RequiredString("default");
            // By name only: Enum.TryParse would also take "1" or "0, 2".
            if (Array.IndexOf(Enum.GetNames(typeof(ReviewPolicy)), policyText) < 0 || !Enum.TryParse(policyText, ignoreCase: false, out ReviewPolicy policy))
                throw review.Error(reviewNode?["default"], "default", $"'{policyText}' is not a review policy (PresumptionOfDenial, CaseByCase, PresumptionOfApproval)");
            var caseByCase = new List<Classification>();
            foreach (string eccn in review.StringList("caseByCaseEccns", required: false))
            {
                if (!Classification.TryParse(eccn, out var c)) throw review.Error(reviewNode?["caseByCaseEccns"], "caseByCaseEccns", $"'{eccn}' is not an ECCN");
                caseByCase.Add(c);
            }
            string fr = f.RequiredString("federalRegister");
            var unconfirmedNode = node["federalRegisterUnconfirmed"];
            try
            {
                entries.Add(new EntityListEntry(id, f.RequiredString("name"), f.StringList("aliases", required: false), country,
                    f.StringList("addresses", required: false), f.RequiredDate("effective"), f.OptionalDate("published"),
                    new Citation(fr, unconfirmedNode?.Kind == System.Text.Json.JsonValueKind.True), f.RequiredString("licenceRequirement"),
                    policy, caseByCase, f.OptionalString("group"), f.OptionalDate("listingUncertainFrom"), f.OptionalDate("removed"),
                    f.OptionalString("source"), f.OptionalString("notes")));
            }
            catch (ArgumentException e)
            {
                throw f.Error(e.ParamName is null ? null : node[e.ParamName], e.ParamName, e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]);
            }
        }
        return new EntityList(entries, root.RequiredString("dataset"), root.RequiredString("version"),
            root.OptionalString("provenance") ?? "", EntityList.Sha256Hex(utf8Json));
    }
}
