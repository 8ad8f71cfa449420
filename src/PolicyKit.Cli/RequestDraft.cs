using System;
using System.Collections.Generic;
using System.Linq;
using Field = PolicyKit.Cli.RequestFields;

namespace PolicyKit.Cli;

/// <summary>
/// Collects a request from named text fields and builds it. The one place where text becomes a request:
/// <c>check</c> feeds it its options (<c>--date</c> is the field <c>date</c>) and <c>evaluate</c> the
/// columns of each row, so both accept the same values and report the same messages. Every error is a
/// <see cref="FieldException"/> naming the field; the caller says where the field came from.
/// </summary>
/// <remarks>
/// Party fields may be given several times: each <c>party</c> adds a party, and <c>country</c>,
/// <c>role</c> and <c>list-id</c> are given either once (for every party) or once per party, in order.
/// Every other field may be given once.
/// </remarks>
internal sealed class RequestDraft
{
    private readonly List<string> _parties = new();
    private readonly List<string> _countries = new();
    private readonly List<PartyRole> _roles = new();
    private readonly List<string> _listIds = new();
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);
    private CalendarDate? _date, _contractDate, _deviceAvailable;
    private Classification? _item;
    private ReasonsForControl? _reasons;
    private ItemKind? _kind;
    private Activity? _activity;
    private TransferKind? _transfer;
    private DeviceKind? _deviceKind;
    private string? _standardsBody, _reference;

    /// <summary>Sets one field from its text.</summary>
    /// <exception cref="FieldException">Unknown field, blank or bad text, or a single-valued field given twice.</exception>
    public void Set(string field, string text)
    {
        if (!RequestFields.IsField(field)) throw new FieldException(field, $"is not a known field (known: {string.Join(", ", RequestFields.All)})");
        if (string.IsNullOrWhiteSpace(text)) throw new FieldException(field, "is blank");
        if (!RequestFields.IsPartyField(field) && !_given.Add(field)) throw new FieldException(field, "is given more than once");
        try
        {
            Apply(field, text);
        }
        catch (FormatException e)
        {
            throw new FieldException(field, e.Message);
        }
    }

    private void Apply(string field, string text)
    {
        switch (field)
        {
            case Field.Party: _parties.Add(text.Trim()); break;
            case Field.Country: _countries.Add(Vocabulary.Country(text)); break;
            case Field.Role: _roles.Add(Vocabulary.Parse(Terms.Roles, text)); break;
            case Field.ListId: _listIds.Add(text.Trim()); break;
            case Field.Date: _date = Vocabulary.Date(text); break;
            case Field.Item: _item = Vocabulary.Classification(text); break;
            case Field.Reasons: _reasons = Vocabulary.Reasons(text); break;
            case Field.Kind: _kind = Vocabulary.Parse(Terms.ItemKinds, text); break;
            case Field.Activity: _activity = Vocabulary.Activity(text); break;
            case Field.Transfer: _transfer = Vocabulary.Parse(Terms.Transfers, text); break;
            case Field.ContractDate: _contractDate = Vocabulary.Date(text); break;
            case Field.DeviceAvailable: _deviceAvailable = Vocabulary.Date(text); break;
            case Field.DeviceKind: _deviceKind = Vocabulary.Parse(Terms.DeviceKinds, text); break;
            case Field.StandardsBody: _standardsBody = text.Trim(); break;
            case Field.Reference: _reference = text.Trim(); break;
            default: throw new InvalidOperationException($"Field '{field}' has no parser."); // a field added to All but not here
        }
    }

    /// <summary>Builds the request; defaults: role end-user, kind commodity, activity sale, transfer export.</summary>
    /// <exception cref="FieldException">A required field is missing, or fields contradict each other.</exception>
    public ExportRequest Build(IReadOnlyList<Licence> licences)
    {
        var date = _date ?? throw new FieldException(Field.Date, "is required; expected yyyy-MM-dd, e.g. 2019-05-17");
        if (_parties.Count == 0) throw new FieldException(Field.Party, "is required; expected the name of a party, e.g. \"Huawei Technologies Co., Ltd.\"");
        var item = _item ?? throw new FieldException(Field.Item, "is required; expected EAR99 or an ECCN such as 5A992");
        if (_reasons is not null && item.IsEar99) throw new FieldException(Field.Reasons, "an EAR99 item has no reasons for control; give them only with an ECCN");

        var countries = PerParty(Field.Country, _countries);
        var roles = PerParty(Field.Role, _roles.Select(r => (PartyRole?)r).ToList());
        var listIds = PerParty(Field.ListId, _listIds);
        var parties = _parties.Select((name, i) => new Party(name, roles[i] ?? PartyRole.EndUser, countries[i], listId: listIds[i]));

        return new ExportRequest(date, new Item(_kind ?? ItemKind.Commodity, item, _reasons), parties,
            _activity ?? Activity.Sale, _transfer ?? TransferKind.Export,
            new TransactionFacts(_contractDate, _deviceAvailable, _deviceKind, _standardsBody), licences, _reference);
    }

    // A party field given once applies to every party; otherwise the n-th value belongs to the n-th party.
    private T?[] PerParty<T>(string field, List<T> values)
    {
        if (values.Count == 0) return new T?[_parties.Count];
        if (values.Count == 1) return Enumerable.Repeat<T?>(values[0], _parties.Count).ToArray();
        if (values.Count == _parties.Count) return values.ToArray()!;
        throw new FieldException(field, $"is given {values.Count} times for {_parties.Count} parties; give it once for every party, or once per party in the same order");
    }
}
