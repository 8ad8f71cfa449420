using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// One proposed transaction: who, what, how, why and on which date. Immutable. The date is part of the
/// request so that any past date can be evaluated exactly as the law stood then; no rule reads the clock.
/// </summary>
public sealed class ExportRequest
{
    private readonly Party[] _parties;
    private readonly Licence[] _licences;
    private readonly IReadOnlyList<Party> _partyView;
    private readonly IReadOnlyList<Licence> _licenceView;

    /// <summary>Creates a request.</summary>
    /// <param name="date">The date on which the transaction happens.</param>
    /// <param name="item">What is transferred.</param>
    /// <param name="parties">Every party, each in its role; at least one.</param>
    /// <param name="activity">What the transaction is for; <see cref="Activity.Sale"/> when null.</param>
    /// <param name="transfer">How the item moves.</param>
    /// <param name="facts">Facts that particular rules need; none when null.</param>
    /// <param name="licences">The exporter's specific licences; none when null.</param>
    /// <param name="reference">The business system's own reference (order number…), for records.</param>
    /// <exception cref="ArgumentException">No party, or a null party or licence.</exception>
    public ExportRequest(CalendarDate date, Item item, IEnumerable<Party> parties, Activity? activity = null,
        TransferKind transfer = TransferKind.Export, TransactionFacts? facts = null, IEnumerable<Licence>? licences = null, string? reference = null)
    {
        Item = item ?? throw new ArgumentNullException(nameof(item));
        _parties = (parties ?? throw new ArgumentNullException(nameof(parties))).ToArray();
        if (_parties.Length == 0) throw new ArgumentException("A request needs at least one party (e.g. the end user).", nameof(parties));
        for (int i = 0; i < _parties.Length; i++)
            if (_parties[i] is null) throw new ArgumentException($"Party {i + 1} is null.", nameof(parties));
        if (!Enum.IsDefined(typeof(TransferKind), transfer)) throw new ArgumentOutOfRangeException(nameof(transfer), transfer, "Unknown transfer kind.");
        _licences = licences?.ToArray() ?? Array.Empty<Licence>();
        for (int i = 0; i < _licences.Length; i++)
            if (_licences[i] is null) throw new ArgumentException($"Licence {i + 1} is null.", nameof(licences));
        _partyView = Array.AsReadOnly(_parties);
        _licenceView = Array.AsReadOnly(_licences);
        Date = date;
        Activity = activity ?? Activity.Sale;
        Transfer = transfer;
        Facts = facts ?? TransactionFacts.None;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference;
    }

    /// <summary>The date on which the transaction happens; decisions are made as of this date.</summary>
    public CalendarDate Date { get; }
    /// <summary>What is transferred.</summary>
    public Item Item { get; }
    /// <summary>Every party in its role.</summary>
    public IReadOnlyList<Party> Parties => _partyView;
    /// <summary>What the transaction is for.</summary>
    public Activity Activity { get; }
    /// <summary>How the item moves.</summary>
    public TransferKind Transfer { get; }
    /// <summary>Facts that particular rules need.</summary>
    public TransactionFacts Facts { get; }
    /// <summary>The exporter's specific licences.</summary>
    public IReadOnlyList<Licence> Licences => _licenceView;
    /// <summary>The business system's own reference, or null.</summary>
    public string? Reference { get; }

    // Arrays for allocation-free iteration on the evaluation hot path.
    internal Party[] PartyArray => _parties;
    internal Licence[] LicenceArray => _licences;

    /// <summary>The same request on another date, e.g. to see how the answer changes over time.</summary>
    public ExportRequest On(CalendarDate date) => new(date, Item, _parties, Activity, Transfer, Facts, _licences, Reference);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Transfer.ToString().ToLowerInvariant()} of {Item} for {Activity} to {string.Join("; ", _parties.Select(p => p.ToString()))} on {Date}";
}
