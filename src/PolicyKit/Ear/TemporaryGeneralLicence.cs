using System.Collections.Generic;

namespace PolicyKit.Ear;

/// <summary>
/// The Huawei Temporary General Licence (Supplement No. 7 to 15 CFR part 744), window by window from
/// 2019-05-20 to 2020-08-13: one authorisation per window and category, each citing its own rule.
/// </summary>
/// <remarks>
/// Each extension took effect before the previous window ran out, so each window here runs from its
/// rule's effective date to the day before the next rule's; the last ends on 2020-08-13, when the TGL
/// expired. The nominal validity of each rule is in its documentation.
/// </remarks>
internal static class TemporaryGeneralLicence
{
    private static readonly CalendarDate ContractCutoff = new(2019, 5, 16);
    private static readonly CalendarDate SecondWaveListed = new(2019, 8, 19);

    private sealed class Window
    {
        public Window(CalendarDate from, CalendarDate through, Citation citation, string nominal, bool original, string? notes = null)
        {
            From = from; Through = through; Citation = citation; Nominal = nominal; Original = original; Notes = notes;
        }

        public CalendarDate From { get; }
        public CalendarDate Through { get; }
        public Citation Citation { get; }
        public string Nominal { get; }
        public bool Original { get; }
        public string? Notes { get; }
    }

    private static readonly Window[] Windows =
    {
        new(new(2019, 5, 20), new(2019, 8, 18), Citation.FederalRegister(84, 23468), "valid 2019-05-20 to 2019-08-19 (90 days)", original: true),
        new(new(2019, 8, 19), new(2019, 11, 17), Citation.FederalRegister(84, 43487), "extended to 2019-11-18; standards category removed; handsets reworded as personal consumer electronic devices and CPE", original: false,
            "Whether this window already covered the 46 affiliates added the same day (84 FR 43493) is UNCONFIRMED; the next extension states Huawei plus 114 affiliates."),
        new(new(2019, 11, 18), new(2020, 2, 12), Citation.FederalRegister(84, 64018), "valid 2019-11-18 to 2020-02-16, Huawei plus 114 affiliates, no change in scope", original: false),
        new(new(2020, 2, 13), new(2020, 3, 9), Citation.FederalRegister(85, 8722), "valid 2020-02-13 to 2020-04-01 (45 days)", original: false,
            "The content of the amendments made effective 2020-02-13 (amendatory instructions 1 and 3) is UNCONFIRMED."),
        new(new(2020, 3, 10), new(2020, 5, 14), new Citation("85 FR 14416", unconfirmed: true), "valid 2020-03-10 to 2020-05-15 (FR Doc 2020-05190)", original: false,
            "The FR start page 85 FR 14416 is UNCONFIRMED; the document is FR Doc 2020-05190, published 2020-03-12."),
        new(new(2020, 5, 15), new(2020, 8, 13), Citation.FederalRegister(85, 29610), "valid 2020-05-15 to 2020-08-13, the last extension; expired 2020-08-13 and removed by 85 FR 51596", original: false),
    };

    public static IEnumerable<Rule> Create(EntityList list)
    {
        foreach (var w in Windows)
        {
            // The original TGL covered Huawei and the 68 affiliates listed 2019-05-16; later windows the 114.
            var coveredParty = EntityListConditions.SubjectInGroup(list, EarRules.HuaweiGroup, w.Original ? ContractCutoff : SecondWaveListed);
            string prefix = $"EAR-TGL-{w.From}";

            yield return Category(w, prefix + "-NETWORKS", "existing networks and equipment",
                "Transactions needed to maintain and support existing, currently fully operational networks and equipment, including " +
                "software updates and patches, under legally binding contracts made on or before 2019-05-16.",
                coveredParty & Conditions.ActivityIs(Activity.NetworkMaintenance) & Conditions.ContractOnOrBefore(ContractCutoff));

            yield return w.Original
                ? Category(w, prefix + "-HANDSETS", "existing handsets",
                    "Service and support, including software updates or patches, for existing Huawei handsets available to the public on or before 2019-05-16.",
                    coveredParty & Conditions.ActivityIs(Activity.DeviceSupport) & Conditions.DeviceKindIs(DeviceKind.Handset)
                    & Conditions.DeviceAvailableOnOrBefore(ContractCutoff))
                : Category(w, prefix + "-DEVICES", "existing personal consumer electronic devices and CPE",
                    "Service and support, including software updates or patches, for existing personal consumer electronic devices and " +
                    "customer premises equipment available to the public on or before 2019-05-16 (the 2019-08-19 rewording of the handset category).",
                    coveredParty & Conditions.ActivityIs(Activity.DeviceSupport)
                    & Conditions.DeviceKindIs(DeviceKind.Handset, DeviceKind.ConsumerDevice, DeviceKind.CustomerPremisesEquipment)
                    & Conditions.DeviceAvailableOnOrBefore(ContractCutoff));

            yield return Category(w, prefix + "-SECURITY", "cybersecurity research and vulnerability disclosure",
                "Disclosing to Huawei information about security vulnerabilities in items Huawei owns, possesses or controls, as part of " +
                "ongoing security research critical to the integrity and reliability of existing, fully operational networks, equipment and handsets.",
                coveredParty & Conditions.ActivityIs(Activity.SecurityResearch));

            if (w.Original)
                yield return Category(w, prefix + "-STANDARDS", "engagement for development of 5G standards",
                    "Engagement as necessary for the development of 5G standards by a duly recognised international standards body (e.g. IEEE, " +
                    "IETF, ISO, ITU, ETSI, 3GPP, TIA, GSMA). Removed with effect from 2019-08-19. The 'standards' activity asserts this purpose.",
                    coveredParty & Conditions.ActivityIs(Activity.Standards));
        }
    }

    private static Rule Category(Window w, string id, string title, string scope, Condition condition) =>
        Rule.Authorise(id, $"Temporary General Licence: {title}", AuthorisationKind.GeneralLicence, EarRules.EntityListRequirement)
            .Citing(w.Citation, new Citation("Supplement No. 7 to 15 CFR part 744"))
            .EffectiveBetween(w.From, w.Through)
            .Documented($"{scope} Window {w.From} to {w.Through}: {w.Nominal}. Subject to all other provisions of the EAR; the exporter must " +
                        $"prepare and keep a certification statement explaining why the TGL applies.{(w.Notes is null ? "" : " " + w.Notes)}")
            .When(condition);
}
