using System;
using System.Collections.Generic;
using System.Linq;

using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>
/// A specific licence issued by BIS to the exporter (15 CFR part 750): which parties, items, kinds of
/// item, activities and transfers it covers, and when it is valid. An empty kind, activity or transfer
/// list means the licence does not restrict that dimension; parties and items must always be named.
/// </summary>
public sealed class Licence
{
    /// <summary>Creates a licence.</summary>
    /// <param name="number">The licence number, e.g. <c>D1234567</c>.</param>
    /// <param name="validity">The dates on which the licence may be used.</param>
    /// <param name="parties">The parties it names: list identifiers (e.g. <c>HUAWEI-0001</c>) or names.</param>
    /// <param name="items">The classifications it covers; an ECCN covers its sub-paragraphs.</param>
    /// <param name="kinds">Kinds of item covered; empty for any.</param>
    /// <param name="activities">Activities covered; empty for any.</param>
    /// <param name="transfers">Kinds of transfer covered; empty for any.</param>
    /// <param name="conditions">The licence's conditions, shown whenever a decision relies on it.</param>
    /// <exception cref="ArgumentException">A required part is missing or blank.</exception>
    public Licence(string number, EffectiveWindow validity, IEnumerable<string> parties, IEnumerable<Classification> items,
        IEnumerable<ItemKind>? kinds = null, IEnumerable<Activity>? activities = null, IEnumerable<TransferKind>? transfers = null, string? conditions = null)
    {
        if (string.IsNullOrWhiteSpace(number)) throw new ArgumentException("A licence needs a number.", nameof(number));
        Number = number.Trim();
        Validity = validity;
        Parties = ReadOnly.Copy((parties ?? throw new ArgumentNullException(nameof(parties))).Select((p, i) =>
            string.IsNullOrWhiteSpace(p) ? throw new ArgumentException($"Licence {Number}: party {i + 1} is blank.", nameof(parties)) : p.Trim()));
        if (Parties.Count == 0) throw new ArgumentException($"Licence {Number} names no party.", nameof(parties));
        Items = ReadOnly.Copy(items ?? throw new ArgumentNullException(nameof(items)));
        if (Items.Count == 0) throw new ArgumentException($"Licence {Number} names no item.", nameof(items));
        Kinds = ReadOnly.Copy(kinds ?? Array.Empty<ItemKind>());
        Activities = ReadOnly.Copy(activities ?? Array.Empty<Activity>());
        Transfers = ReadOnly.Copy(transfers ?? Array.Empty<TransferKind>());
        Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions!.Trim();
    }

    /// <summary>The licence number.</summary>
    public string Number { get; }
    /// <summary>When the licence may be used.</summary>
    public EffectiveWindow Validity { get; }
    /// <summary>The parties named, by list identifier or name.</summary>
    public IReadOnlyList<string> Parties { get; }
    /// <summary>The classifications covered.</summary>
    public IReadOnlyList<Classification> Items { get; }
    /// <summary>Kinds of item covered; empty for any.</summary>
    public IReadOnlyList<ItemKind> Kinds { get; }
    /// <summary>Activities covered; empty for any.</summary>
    public IReadOnlyList<Activity> Activities { get; }
    /// <summary>Kinds of transfer covered; empty for any.</summary>
    public IReadOnlyList<TransferKind> Transfers { get; }
    /// <summary>Conditions attached to the licence, or null.</summary>
    public string? Conditions { get; }

    /// <summary>Whether the licence covers this item, activity and transfer on the request's date
    /// (the party is checked separately, against the list entry the requirement is about).</summary>
    internal bool CoversTransaction(ExportRequest request) =>
        Validity.Contains(request.Date)
        && Items.Any(c => request.Item.Classification.IsWithin(c))
        && (Kinds.Count == 0 || Kinds.Contains(request.Item.Kind))
        && (Activities.Count == 0 || Activities.Contains(request.Activity))
        && (Transfers.Count == 0 || Transfers.Contains(request.Transfer));

    /// <inheritdoc/>
    public override string ToString() => $"licence {Number} (valid {Validity})";
}
