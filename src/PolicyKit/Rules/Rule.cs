using System;
using System.Collections.Generic;

using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>What a rule does when its condition holds.</summary>
public enum RuleEffect
{
    /// <summary>A licence is required; an authorisation that covers this rule can meet the requirement.</summary>
    RequireLicence,
    /// <summary>An authorisation meets licence requirements of the rules it covers.</summary>
    Authorise,
    /// <summary>The transaction must not happen; nothing authorises it.</summary>
    Prohibit,
}

/// <summary>The legal form of an authorisation.</summary>
public enum AuthorisationKind
{
    /// <summary>A licence BIS issued to the exporter.</summary>
    SpecificLicence,
    /// <summary>A licence published for everyone, e.g. the Temporary General Licence.</summary>
    GeneralLicence,
    /// <summary>An exclusion or carve-out: the requirement does not reach the transaction.</summary>
    Exclusion,
}

/// <summary>How BIS reviews an application for a required licence.</summary>
public enum ReviewPolicy
{
    /// <summary>Applications are presumed to be denied.</summary>
    PresumptionOfDenial,
    /// <summary>Applications are reviewed case by case.</summary>
    CaseByCase,
    /// <summary>Applications are presumed to be approved.</summary>
    PresumptionOfApproval,
}

/// <summary>Whether a rule is asked about the whole transaction or about each party in turn.</summary>
public enum RuleScope
{
    /// <summary>Once per request (for an authorisation: once per requirement it may meet).</summary>
    Transaction,
    /// <summary>Once per party; a licence requirement arises for each party for which it holds.</summary>
    EachParty,
}

/// <summary>
/// A rule of law or of company policy: an identifier, a title, citations, the dates on which it has
/// effect, an effect, and a condition. Immutable. Build one with <see cref="RequireLicence"/>,
/// <see cref="Authorise"/> or <see cref="Prohibit"/>.
/// </summary>
/// <example>
/// <code>
/// var rule = Rule.RequireLicence("ACME-7", "No source code to country XX without sign-off", ReviewPolicy.CaseByCase)
///     .Citing("ACME export manual 4.2")
///     .EffectiveFrom(new CalendarDate(2024, 1, 1))
///     .WhenAnyParty(Conditions.PartyInCountry("XX") &amp; Conditions.ItemKindIs(ItemKind.Software));
/// </code>
/// </example>
public sealed class Rule
{
    private readonly Func<RuleContext, ReviewPolicy>? _reviewPolicyOf;

    internal Rule(RuleBuilder builder, Condition condition, RuleScope scope, Func<RuleContext, ReviewPolicy>? reviewPolicyOf)
    {
        Id = builder.Id;
        Title = builder.Title;
        Effect = builder.Effect;
        Citations = ReadOnly.Copy(builder.Citations);
        Window = builder.Window;
        Documentation = builder.Documentation;
        ReviewPolicy = builder.ReviewPolicy;
        AuthorisationKind = builder.AuthorisationKind;
        Covers = ReadOnly.Copy(builder.Covers);
        Condition = condition;
        Scope = scope;
        _reviewPolicyOf = reviewPolicyOf;
    }

    /// <summary>The stable identifier, e.g. <c>EAR-744.11-ENTITY-LIST</c>.</summary>
    public string Id { get; }
    /// <summary>A one-line title.</summary>
    public string Title { get; }
    /// <summary>What the rule does when it applies.</summary>
    public RuleEffect Effect { get; }
    /// <summary>The legal sources.</summary>
    public IReadOnlyList<Citation> Citations { get; }
    /// <summary>The dates on which the rule has effect; outside them it is not evaluated at all.</summary>
    public EffectiveWindow Window { get; }
    /// <summary>Notes for readers: scope, assumptions, and anything unconfirmed.</summary>
    public string? Documentation { get; }
    /// <summary>For licence requirements: the review policy, or null when it depends on the list entry.</summary>
    public ReviewPolicy? ReviewPolicy { get; }
    /// <summary>For authorisations: the legal form.</summary>
    public AuthorisationKind? AuthorisationKind { get; }
    /// <summary>For authorisations: the identifiers of the licence-requirement rules it can meet.</summary>
    public IReadOnlyList<string> Covers { get; }
    /// <summary>The condition under which the rule applies.</summary>
    public Condition Condition { get; }
    /// <summary>Whether the rule is asked once or once per party.</summary>
    public RuleScope Scope { get; }

    /// <summary>Whether the rule has effect on <paramref name="date"/>.</summary>
    public bool IsInForce(CalendarDate date) => Window.Contains(date);

    internal ReviewPolicy ReviewPolicyFor(RuleContext context) =>
        _reviewPolicyOf?.Invoke(context) ?? ReviewPolicy ?? PolicyKit.ReviewPolicy.PresumptionOfDenial;

    /// <summary>Starts a rule that imposes a licence requirement.</summary>
    public static RuleBuilder RequireLicence(string id, string title, ReviewPolicy reviewPolicy) =>
        new(id, title, RuleEffect.RequireLicence) { ReviewPolicy = reviewPolicy };

    /// <summary>Starts an authorisation that can meet the requirements of the rules named in <paramref name="covers"/>.</summary>
    /// <exception cref="ArgumentException">No covered rule is named. An authorisation must say what it
    /// authorises, so that a company's own permission cannot silently lift a legal requirement.</exception>
    public static RuleBuilder Authorise(string id, string title, AuthorisationKind kind, params string[] covers)
    {
        if (covers is null || covers.Length == 0 || Array.Exists(covers, string.IsNullOrWhiteSpace))
            throw new ArgumentException($"Authorisation '{id}' must name the licence-requirement rules it covers.", nameof(covers));
        if (!Enum.IsDefined(typeof(AuthorisationKind), kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown authorisation kind.");
        return new RuleBuilder(id, title, RuleEffect.Authorise) { AuthorisationKind = kind, Covers = (string[])covers.Clone() };
    }

    /// <summary>Starts a rule that prohibits the transaction outright.</summary>
    public static RuleBuilder Prohibit(string id, string title) => new(id, title, RuleEffect.Prohibit);

    /// <summary>E.g. <c>EAR-TGL-2019-05-20-NETWORKS (authorise: Temporary General Licence …)</c>.</summary>
    public override string ToString() => $"{Id} ({EffectText}: {Title})";

    /// <summary>The effect in words: <c>requires licence</c>, <c>authorises</c> or <c>prohibits</c>.</summary>
    public string EffectText => Effect switch
    {
        RuleEffect.RequireLicence => "requires licence",
        RuleEffect.Authorise => "authorises",
        _ => "prohibits",
    };
}

/// <summary>Collects a rule's metadata; finish with <see cref="When"/> or <see cref="WhenAnyParty"/>.</summary>
public sealed class RuleBuilder
{
    internal RuleBuilder(string id, string title, RuleEffect effect)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A rule needs an identifier.", nameof(id));
        foreach (char c in id)
            if (!(char.IsLetterOrDigit(c) || c is '-' or '.' or '_') || c > 127)
                throw new ArgumentException($"Rule identifier '{id}' may contain only ASCII letters, digits, '-', '.' and '_'.", nameof(id));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException($"Rule '{id}' needs a title.", nameof(title));
        Id = id;
        Title = title.Trim();
        Effect = effect;
    }

    internal string Id { get; }
    internal string Title { get; }
    internal RuleEffect Effect { get; }
    internal List<Citation> Citations { get; } = new();
    internal EffectiveWindow Window { get; private set; } = EffectiveWindow.Always;
    internal string? Documentation { get; private set; }
    internal ReviewPolicy? ReviewPolicy { get; init; }
    internal AuthorisationKind? AuthorisationKind { get; init; }
    internal IReadOnlyList<string> Covers { get; init; } = Array.Empty<string>();

    /// <summary>Adds citations.</summary>
    public RuleBuilder Citing(params Citation[] citations)
    {
        foreach (var c in citations ?? throw new ArgumentNullException(nameof(citations)))
            Citations.Add(c ?? throw new ArgumentException($"Rule '{Id}': a citation is null.", nameof(citations)));
        return this;
    }

    /// <summary>Adds citations given as text, e.g. <c>"15 CFR 744.11"</c>.</summary>
    public RuleBuilder Citing(params string[] citations)
    {
        foreach (var c in citations ?? throw new ArgumentNullException(nameof(citations)))
            Citations.Add(new Citation(c));
        return this;
    }

    /// <summary>Sets the dates on which the rule has effect (default: always).</summary>
    public RuleBuilder Effective(EffectiveWindow window)
    {
        Window = window;
        return this;
    }

    /// <summary>In effect from <paramref name="from"/> on.</summary>
    public RuleBuilder EffectiveFrom(CalendarDate from) => Effective(EffectiveWindow.Starting(from));

    /// <summary>In effect from <paramref name="from"/> through <paramref name="through"/>, inclusive.</summary>
    public RuleBuilder EffectiveBetween(CalendarDate from, CalendarDate through) => Effective(EffectiveWindow.Between(from, through));

    /// <summary>Notes for readers: scope, assumptions, and anything unconfirmed.</summary>
    public RuleBuilder Documented(string documentation)
    {
        Documentation = string.IsNullOrWhiteSpace(documentation) ? null : documentation.Trim();
        return this;
    }

    /// <summary>Finishes a rule that is asked once about the transaction (an authorisation: once per
    /// requirement it may meet, with that requirement and its subject party in the context).</summary>
    public Rule When(Condition condition) => Build(condition, RuleScope.Transaction, null);

    /// <summary>Finishes a requirement or prohibition that is asked once per party, with the party in
    /// the context. A requirement arises for each party for which the condition holds.</summary>
    /// <exception cref="InvalidOperationException">Used on an authorisation.</exception>
    public Rule WhenAnyParty(Condition condition)
    {
        if (Effect == RuleEffect.Authorise)
            throw new InvalidOperationException($"Authorisation '{Id}' is asked about each requirement, whose subject party is in the context: use When.");
        return Build(condition, RuleScope.EachParty, null);
    }

    internal Rule WhenAnyPartyWithReviewPolicy(Condition condition, Func<RuleContext, ReviewPolicy> reviewPolicyOf) =>
        Build(condition, RuleScope.EachParty, reviewPolicyOf);

    private Rule Build(Condition condition, RuleScope scope, Func<RuleContext, ReviewPolicy>? reviewPolicyOf) =>
        new(this, condition ?? throw new ArgumentNullException(nameof(condition)), scope, reviewPolicyOf);
}
