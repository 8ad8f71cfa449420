using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace PolicyKit.Tests.Laws;

/// <summary>What a synthetic rule's condition does for one subject.</summary>
public enum Value { False, True, Unknown, Throws }

/// <summary>A window as day offsets from <see cref="SyntheticPolicies.Day0"/>; null ends are open.</summary>
public sealed record WindowSpec(int? From, int? Through)
{
    public bool Contains(int day) => (From is not { } f || day >= f) && (Through is not { } t || day <= t);
    public EffectiveWindow ToWindow() => new(
        From is { } f ? SyntheticPolicies.Day0.AddDays(f) : CalendarDate.MinValue,
        Through is { } t ? SyntheticPolicies.Day0.AddDays(t) : null);
    public override string ToString() => $"[{From?.ToString() ?? "-inf"}..{Through?.ToString() ?? "+inf"}]";
}

/// <summary>A requirement or prohibition. <see cref="Values"/>[i] is its value for party Pi (per-party
/// scope) or, at index 0, for the transaction. <see cref="Wrap"/> picks a Kleene identity around the leaf.</summary>
public sealed record ObligationSpec(string Id, RuleEffect Effect, bool PerParty, WindowSpec Window, Value[] Values, int Wrap)
{
    public Value For(int? party) => PerParty ? Values[party ?? throw new InvalidOperationException("per-party rule without a party")] : Values[0];
    public override string ToString() => $"{Id} {Effect} {(PerParty ? "each-party" : "transaction")} {Window} [{string.Join(",", Values)}] wrap{Wrap}";
}

/// <summary>An authorisation of the requirements at <see cref="Covers"/>. <see cref="Values"/>[0] is its value for a
/// transaction-scope requirement, [i + 1] for a requirement about party Pi.</summary>
public sealed record AuthSpec(string Id, WindowSpec Window, string[] Covers, Value[] Values, int Wrap)
{
    public Value For(int? subject) => Values[subject is { } s ? s + 1 : 0];
    public override string ToString() => $"{Id} covers {string.Join("+", Covers)} {Window} [{string.Join(",", Values)}] wrap{Wrap}";
}

/// <summary>A generated policy and request: rules in policy order, the request's day and party order.</summary>
public sealed record PolicyCase(ObligationSpec[] Obligations, AuthSpec[] Authorisations, int[] RuleOrder, int Day, int[] Parties)
{
    public ExportPolicy Policy() => SyntheticPolicies.Build(this);

    public ExportRequest Request() => new(SyntheticPolicies.Day0.AddDays(Day), Item.Ear99(ItemKind.Software),
        Parties.Select(p => new Party("P" + p, PartyRole.EndUser)));

    public override string ToString() =>
        $"day {Day}, parties [{string.Join(",", Parties.Select(p => "P" + p))}], order [{string.Join(",", RuleOrder)}]\n  "
        + string.Join("\n  ", Obligations.Select(o => o.ToString()).Concat(Authorisations.Select(a => a.ToString())));
}

/// <summary>
/// Random policies of synthetic rules and the reference model of the combining algorithm documented on
/// <see cref="ExportPolicy"/> and in docs/policy-model.md.
/// </summary>
public static class SyntheticPolicies
{
    public const int MaxParties = 3;
    public const int Days = 12;
    public static readonly CalendarDate Day0 = new(2020, 1, 1);

    // ---------------------------------------------------------------- generators

    public static Gen<Value> Values(bool throwing = true) => throwing
        ? Gen.Frequency((4, Gen.Constant(Value.False)), (3, Gen.Constant(Value.True)), (2, Gen.Constant(Value.Unknown)), (1, Gen.Constant(Value.Throws)))
        : Gen.Frequency((4, Gen.Constant(Value.False)), (3, Gen.Constant(Value.True)), (2, Gen.Constant(Value.Unknown)));

    public static Gen<WindowSpec> Windows() =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, Days - 1)
        from b in Gen.Choose(0, Days - 1)
        select kind switch
        {
            0 => new WindowSpec(null, null),
            1 => new WindowSpec(a, null),
            2 => new WindowSpec(null, a),
            _ => new WindowSpec(Math.Min(a, b), Math.Max(a, b)),
        };

    /// <summary>A window that does not contain <paramref name="day"/>.</summary>
    public static Gen<WindowSpec> WindowsExcluding(int day) =>
        from before in Gen.Elements(true, false)
        from width in Gen.Choose(0, 4)
        select before
            ? new WindowSpec(day - 1 - width, day - 1)
            : new WindowSpec(day + 1, day + 1 + width);

    public static Gen<ObligationSpec> Obligation(string id, Gen<WindowSpec> windows, bool throwing = true) =>
        from prohibit in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from perParty in Gen.Elements(true, false)
        from window in windows
        from values in Values(throwing).ArrayOf(MaxParties)
        from wrap in Gen.Choose(0, 4)
        select new ObligationSpec(id, prohibit ? RuleEffect.Prohibit : RuleEffect.RequireLicence, perParty, window, values, wrap);

    public static Gen<AuthSpec> Authorisation(string id, string[] requirementIds, Gen<WindowSpec> windows, bool throwing = true) =>
        from covers in Gen.SubListOf(requirementIds).Where(l => l.Count > 0)
        from window in windows
        from values in Values(throwing).ArrayOf(MaxParties + 1)
        from wrap in Gen.Choose(0, 4)
        select new AuthSpec(id, window, covers.ToArray(), values, wrap);

    public static Gen<PolicyCase> Cases() =>
        from obligationCount in Gen.Choose(0, 5)
        from obligations in Gen.CollectToArray(Enumerable.Range(0, obligationCount), i => Obligation("R" + i, Windows()))
        let requirementIds = obligations.Where(o => o.Effect == RuleEffect.RequireLicence).Select(o => o.Id).ToArray()
        from authCount in requirementIds.Length == 0 ? Gen.Constant(0) : Gen.Choose(0, 5)
        from auths in Gen.CollectToArray(Enumerable.Range(0, authCount), i => Authorisation("A" + i, requirementIds, Windows()))
        from order in Gen.Shuffle(Enumerable.Range(0, obligationCount + authCount).ToArray())
        from day in Gen.Choose(0, Days - 1)
        from partyCount in Gen.Choose(1, MaxParties)
        from parties in Gen.Shuffle(Enumerable.Range(0, MaxParties).ToArray())
        select new PolicyCase(obligations, auths, order, day, parties.Take(partyCount).ToArray());

    public static Arbitrary<PolicyCase> Arbitrary() => Arb.From(Cases());

    // ---------------------------------------------------------------- building real rules

    public static ExportPolicy Build(PolicyCase c)
    {
        var all = c.Obligations.Select(Build).Concat(c.Authorisations.Select(Build)).ToArray();
        return new ExportPolicy(c.RuleOrder.Select(i => all[i]), "synthetic");
    }

    public static Rule Build(ObligationSpec o)
    {
        var builder = o.Effect == RuleEffect.Prohibit
            ? Rule.Prohibit(o.Id, "synthetic prohibition " + o.Id)
            : Rule.RequireLicence(o.Id, "synthetic requirement " + o.Id, ReviewPolicy.CaseByCase);
        builder.Citing("synthetic source " + o.Id).Effective(o.Window.ToWindow());
        var leaf = Leaf(o.Id, c => o.For(o.PerParty ? PartyIndex(c.RequireParty()) : null));
        var condition = Wrap(leaf, o.Wrap);
        return o.PerParty ? builder.WhenAnyParty(condition) : builder.When(condition);
    }

    public static Rule Build(AuthSpec a) =>
        Rule.Authorise(a.Id, "synthetic authorisation " + a.Id, AuthorisationKind.GeneralLicence, a.Covers)
            .Effective(a.Window.ToWindow())
            .When(Wrap(Leaf(a.Id, c => a.For(c.Requirement?.Subject is { } s ? PartyIndex(s) : null)), a.Wrap));

    private static int PartyIndex(Party p) => int.Parse(p.Name.Substring(1), System.Globalization.CultureInfo.InvariantCulture);

    private static Condition Leaf(string id, Func<RuleContext, Value> value) =>
        Condition.OfTruth("synthetic condition of " + id, c => value(c) switch
        {
            Value.True => Truth.True,
            Value.False => Truth.False,
            Value.Unknown => Truth.Unknown,
            _ => throw new InvalidOperationException("synthetic failure in " + id),
        });

    /// <summary>Kleene identities, so that the policy sees composite conditions with the leaf's value.</summary>
    private static Condition Wrap(Condition leaf, int wrap) => wrap switch
    {
        1 => leaf & Condition.Of("always", _ => true),
        2 => Condition.Of("never", _ => false) | leaf,
        3 => !!leaf,
        4 => leaf.Unless(Condition.Of("never", _ => false)).Named("wrapped"),
        _ => leaf,
    };

    // ---------------------------------------------------------------- the reference model

    /// <summary>What the combining algorithm must answer, computed from the specification alone.</summary>
    public sealed record Model(Outcome Outcome, bool ProhibitionTrueOrUnknown, bool RequirementUnknown, bool EveryTrueRequirementMet,
        bool SomethingThrew, bool ProhibitionTrue, bool AnythingHolds);

    public static Model Expected(PolicyCase c)
    {
        bool prohibited = false, prohibitionUnknown = false, requirementUnknown = false, threw = false;
        bool unmetDefinite = false, unmet = false, undecidedAuthorisation = false, holds = false;
        foreach (var o in c.Obligations.Where(o => o.Window.Contains(c.Day)))
        {
            foreach (int? subject in o.PerParty ? c.Parties.Select(p => (int?)p) : new int?[] { null })
            {
                var v = o.For(subject);
                if (v == Value.False) continue;
                holds = true;
                if (v == Value.Throws) threw = true;
                if (v != Value.True)
                {
                    if (o.Effect == RuleEffect.Prohibit) prohibitionUnknown = true; else requirementUnknown = true;
                    continue;
                }
                if (o.Effect == RuleEffect.Prohibit) { prohibited = true; continue; }
                var values = c.Authorisations.Where(a => a.Window.Contains(c.Day) && a.Covers.Contains(o.Id)).Select(a => a.For(subject)).ToArray();
                if (values.Contains(Value.Throws)) threw = true;
                if (values.Contains(Value.True)) continue;
                unmet = true;
                if (values.Any(v2 => v2 is Value.Unknown or Value.Throws)) undecidedAuthorisation = true;
                else unmetDefinite = true;
            }
        }
        var outcome = prohibited ? Outcome.Prohibited
            : unmetDefinite ? Outcome.LicenceRequired
            : prohibitionUnknown || requirementUnknown || threw || unmet || undecidedAuthorisation ? Outcome.NeedsReview
            : Outcome.Permitted;
        return new Model(outcome, prohibited || prohibitionUnknown, requirementUnknown, !unmet, threw, prohibited, holds);
    }
}
