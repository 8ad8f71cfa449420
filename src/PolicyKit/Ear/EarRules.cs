using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Ear;

/// <summary>
/// The built-in US export rules on the Entity List, 2019–2024, with dates and citations from the
/// project's fact sheet (<c>shared/domain/us-export-rules.md</c>). Every rule's
/// <see cref="Rule.Documentation"/> says what the sources leave unconfirmed.
/// </summary>
/// <remarks>
/// Order matters where several authorisations meet one requirement: exclusions first (nothing to keep
/// on file), then general licences (a certification statement), then specific licences.
/// </remarks>
public static class EarRules
{
    /// <summary>Identifier of the Entity List licence requirement.</summary>
    public const string EntityListRequirement = "EAR-744.11-ENTITY-LIST";
    /// <summary>Identifier of the 2024 standards carve-out (not subject to the EAR).</summary>
    public const string Standards2024 = "EAR-STANDARDS-2024";
    /// <summary>Identifier of the 2022 standards-related-activity exclusion (§ 744.11(a)(1)).</summary>
    public const string Standards2022 = "EAR-STANDARDS-2022";
    /// <summary>Identifier of the 2020 Huawei standards-organisation exclusion.</summary>
    public const string Standards2020 = "EAR-STANDARDS-2020";
    /// <summary>Identifier of the permanent cybersecurity-research authorisation for Huawei entities.</summary>
    public const string HuaweiSecurityResearch = "EAR-HUAWEI-SECURITY-RESEARCH";
    /// <summary>Identifier of the rule that relies on the exporter's specific licences.</summary>
    public const string SpecificLicence = "EAR-SPECIFIC-LICENCE";

    /// <summary>The group name of Huawei entries in list data.</summary>
    public const string HuaweiGroup = "huawei";

    internal static readonly CalendarDate HuaweiListed = new(2019, 5, 16);

    /// <summary>Builds the rules over <paramref name="list"/>.</summary>
    public static IReadOnlyList<Rule> Create(EntityList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        var rules = new List<Rule> { EntityListRule(list) };
        rules.AddRange(StandardsRules.Create(list));
        rules.Add(SecurityResearchRule(list));
        rules.AddRange(TemporaryGeneralLicence.Create(list));
        rules.Add(SpecificLicenceRule.Create(list));
        return rules;
    }

    private static Rule EntityListRule(EntityList list)
    {
        var listed = EntityListConditions.PartyIsListed(list);
        return Rule.RequireLicence(EntityListRequirement, "Entity List licence requirement", ReviewPolicy.PresumptionOfDenial)
            .Citing(Citation.Cfr("744.11"), Citation.Cfr("744.16"), new Citation("Supplement No. 4 to 15 CFR part 744"))
            .Documented(
                "A licence is required to export, reexport or transfer (in-country) an item subject to the EAR when a listed " +
                "entity is a party in any role: purchaser, intermediate consignee, ultimate consignee or end user (15 CFR 748.5(c)-(f); " +
                "the August 2020 clarification, whose FR citation is unconfirmed). The listing dates are the entries' effective dates, " +
                "not their publication dates. No licence exceptions apply (15 CFR 744.16(b)); the review policy is the entry's column. " +
                "Dates are whole days: the Huawei listing took effect at 4:15 pm ET on 2019-05-16, and that whole day counts as listed. " +
                "Parties are matched exactly (normalised name or list identifier); this is not fuzzy screening.")
            .WhenAnyPartyWithReviewPolicy(
                listed & EntityListConditions.ItemWithinEntryRequirement(list) & Conditions.ItemSubjectToEar,
                c => list.Resolve(c.RequireParty(), c.Date).Entry?.ReviewPolicyFor(c.Request.Item) ?? ReviewPolicy.PresumptionOfDenial);
    }

    private static Rule SecurityResearchRule(EntityList list) =>
        Rule.Authorise(HuaweiSecurityResearch, "Cybersecurity research and vulnerability disclosure to Huawei entities (permanent)", AuthorisationKind.Exclusion, EntityListRequirement)
            .Citing(Citation.FederalRegister(85, 51596))
            .EffectiveFrom(new CalendarDate(2020, 8, 17))
            .Documented(
                "Replaced the TGL's security-research category when the TGL was removed (rule effective 2020-08-17): disclosure to " +
                "Huawei entities of information on security vulnerabilities, for ongoing security research critical to keeping existing, " +
                "fully operational networks and equipment reliable. Its exact location and wording (the Huawei entries' licence-requirement " +
                "text or 15 CFR 744.11) are UNCONFIRMED. Between the TGL's expiry (2020-08-13) and this rule (2020-08-17) no authorisation " +
                "covered security research.")
            .When(EntityListConditions.SubjectInGroup(list, HuaweiGroup) & Conditions.ActivityIs(Activity.SecurityResearch));
}
