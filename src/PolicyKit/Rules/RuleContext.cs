using System;

namespace PolicyKit;

/// <summary>
/// What a condition sees: the request, and, when the rule is asked about one party or one requirement,
/// that party and requirement. Conditions must read the date from here, never from the clock.
/// </summary>
public readonly struct RuleContext
{
    /// <summary>Creates a context.</summary>
    public RuleContext(ExportRequest request, Party? party = null, Requirement? requirement = null)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Party = party ?? requirement?.Subject;
        Requirement = requirement;
    }

    /// <summary>The request under evaluation.</summary>
    public ExportRequest Request { get; }

    /// <summary>The date of the transaction: the as-of date of every rule.</summary>
    public CalendarDate Date => Request.Date;

    /// <summary>The party a per-party rule is asked about, or the subject of the requirement an
    /// authorisation is asked to meet; null for rules about the transaction as a whole.</summary>
    public Party? Party { get; }

    /// <summary>The licence requirement an authorisation is asked to meet; null otherwise.</summary>
    public Requirement? Requirement { get; }

    /// <summary>The party, or an exception (which makes the decision fail closed) when there is none.</summary>
    public Party RequireParty() => Party ?? throw new InvalidOperationException("This condition is about one party, but the rule was evaluated for the whole transaction. Use WhenAnyParty, or use it in an authorisation.");
}
