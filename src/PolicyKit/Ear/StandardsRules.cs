using System.Collections.Generic;

namespace PolicyKit.Ear;

/// <summary>The standards carve-out in its three forms (fact sheet §4).</summary>
internal static class StandardsRules
{
    public static IEnumerable<Rule> Create(EntityList list)
    {
        var lowLevel = Conditions.ItemIsEar99 | Conditions.ItemIsAntiTerrorismOnly;
        var lowLevelOrEncryption = (Conditions.ItemIsEar99 | Conditions.ItemIsAntiTerrorismOnly | Conditions.ItemWithin("5D002", "5E002"))
            .Named("item is EAR99, anti-terrorism-only, or 5D002/5E002");

        yield return Rule.Authorise(EarRules.Standards2024, "Standards-related activity: specified technology and software not subject to the EAR", AuthorisationKind.Exclusion, EarRules.EntityListRequirement)
            .Citing(Citation.FederalRegister(89, 58265), new Citation("15 CFR part 734"), Citation.Cfr("772.1"))
            .EffectiveFrom(new CalendarDate(2024, 7, 18))
            .Documented(
                "From 2024-07-18 (FR Doc 2024-15810) specified technology and software released for a standards-related activity are not " +
                "subject to the EAR at all, and the activity includes standards already published (e.g. plug-fests). Applies to every party. " +
                "The precise part 734 paragraphs and item scope are UNCONFIRMED; this rule assumes the 2022 item scope (EAR99, AT-only, " +
                "5D002/5E002). The 2024-07-24 correction's FR citation is UNCONFIRMED.")
            .When(Conditions.ActivityIs(Activity.Standards, Activity.PublishedStandards)
                  & Conditions.ItemKindIs(ItemKind.Technology, ItemKind.Software) & lowLevelOrEncryption);

        yield return Rule.Authorise(EarRules.Standards2022, "Standards-related activity exclusion for all Entity List parties", AuthorisationKind.Exclusion, EarRules.EntityListRequirement)
            .Citing(new Citation("87 FR 55241", unconfirmed: true), Citation.FederalRegister(87, 55250), Citation.Cfr("744.11(a)(1)"), Citation.Cfr("772.1"))
            .EffectiveBetween(new CalendarDate(2022, 9, 9), new CalendarDate(2024, 7, 17))
            .Documented(
                "FR Doc 2022-19415, effective 2022-09-09: no Entity List licence is needed for technology and software released for a " +
                "'standards-related activity' (15 CFR 772.1) to any listed party, when the item is EAR99, AT-only, or in certain cases " +
                "5D002/5E002. The start page 87 FR 55241, the exact 5D002/5E002 exclusions and the exact 772.1 wording (believed to require " +
                "that the standard be intended for publication) are UNCONFIRMED; this rule accepts all of 5D002/5E002. Only the Entity List " +
                "requirement is lifted.")
            .When(Conditions.ActivityIs(Activity.Standards) & Conditions.ItemKindIs(ItemKind.Technology, ItemKind.Software) & lowLevelOrEncryption);

        yield return Rule.Authorise(EarRules.Standards2020, "Release of technology to Huawei entities in standards organisations", AuthorisationKind.Exclusion, EarRules.EntityListRequirement)
            .Citing(new Citation("85 FR 36719", unconfirmed: true), Citation.FederalRegister(85, 36720))
            .EffectiveBetween(new CalendarDate(2020, 6, 18), new CalendarDate(2022, 9, 8))
            .Documented(
                "Interim final rule effective 2020-06-18: technology (not software) that is EAR99 or controlled for anti-terrorism reasons " +
                "only may be released without a licence to members of a standards organisation (an OMB Circular A-119 voluntary consensus " +
                "standards body), including Huawei entities, to contribute to developing or revising a standard. Applies to the Huawei " +
                "entries only. The start page 85 FR 36719 is UNCONFIRMED (entries at 85 FR 36720), as is whether the definition also cites " +
                "WTO TBT principles. Whether the 2022 rule removed this text from the Huawei entries is UNCONFIRMED; it is modelled as ending " +
                "2022-09-08, when the wider rule took over.")
            .When(EntityListConditions.SubjectInGroup(list, EarRules.HuaweiGroup) & Conditions.ActivityIs(Activity.Standards)
                  & Conditions.ItemKindIs(ItemKind.Technology) & lowLevel);
    }
}
