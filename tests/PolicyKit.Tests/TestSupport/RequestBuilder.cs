using System;
using System.Collections.Generic;

namespace PolicyKit.Tests;

/// <summary>The one place tests build requests, parties, items and dates.</summary>
internal sealed class RequestBuilder
{
    /// <summary>The listed name of the Huawei parent entry (HUAWEI-0001).</summary>
    public const string Huawei = "Huawei Technologies Co., Ltd.";

    /// <summary>The built-in policy, shared: it is immutable and thread-safe.</summary>
    public static ExportPolicy DefaultPolicy { get; } = ExportPolicy.CreateDefault();

    private readonly CalendarDate _date;
    private readonly List<Party> _parties = new();
    private readonly List<Licence> _licences = new();
    private Item _item = PolicyKit.Item.Ear99(ItemKind.Commodity);
    private Activity? _activity;
    private CalendarDate? _contract;

    private RequestBuilder(CalendarDate date) => _date = date;

    /// <summary>A date from <c>yyyy-MM-dd</c>.</summary>
    public static CalendarDate D(string text) => CalendarDate.Parse(text);

    /// <summary>Starts a request on <paramref name="date"/> (<c>yyyy-MM-dd</c>): an EAR99 commodity sold for export,
    /// to Huawei Technologies Co., Ltd. (CN) as end user unless parties are added. Richer requests come from the
    /// scenario files (Scenarios/ScenarioTests.cs).</summary>
    public static RequestBuilder On(string date) => new(D(date));

    /// <summary>Starts a request on <paramref name="date"/>.</summary>
    public static RequestBuilder On(CalendarDate date) => new(date);

    /// <summary>Huawei Technologies Co., Ltd. (CN) as end user, by name.</summary>
    public static Party HuaweiParent(PartyRole role = PartyRole.EndUser) => new(Huawei, role, "CN");

    public RequestBuilder With(Party party)
    {
        _parties.Add(party);
        return this;
    }

    public RequestBuilder WithParty(string name, PartyRole role = PartyRole.EndUser, string? country = null, string? listId = null) =>
        With(new Party(name, role, country, listId: listId));

    public RequestBuilder ToHuawei(PartyRole role = PartyRole.EndUser) => With(HuaweiParent(role));

    public RequestBuilder Item(Item item)
    {
        _item = item;
        return this;
    }

    public RequestBuilder Ear99(ItemKind kind) => Item(PolicyKit.Item.Ear99(kind));

    /// <summary>An ECCN item; <paramref name="reasons"/> like <c>NS,AT</c>, or null when unknown.</summary>
    public RequestBuilder Eccn(string eccn, ItemKind kind, string? reasons) =>
        Item(new Item(kind, Classification.Parse(eccn), reasons is null ? null : PolicyKit.Item.ParseReasons(reasons)));

    public RequestBuilder For(Activity activity)
    {
        _activity = activity;
        return this;
    }

    public RequestBuilder Contract(string date)
    {
        _contract = D(date);
        return this;
    }

    public RequestBuilder Holding(Licence licence)
    {
        _licences.Add(licence);
        return this;
    }

    public ExportRequest Build() =>
        new(_date, _item, _parties.Count == 0 ? new[] { HuaweiParent() } : _parties.ToArray(), _activity,
            facts: new TransactionFacts(_contract), licences: _licences);

    /// <summary>Builds the request and decides it with the built-in policy.</summary>
    public Decision Decide() => DefaultPolicy.Evaluate(Build());

    /// <summary>A licence for the given parties and classifications, valid between two dates.</summary>
    public static Licence Licence(string number, string from, string through, string[] parties, string[] items,
        ItemKind[]? kinds = null, Activity[]? activities = null, TransferKind[]? transfers = null, string? conditions = null) =>
        new(number, EffectiveWindow.Between(D(from), D(through)), parties, Array.ConvertAll(items, Classification.Parse),
            kinds, activities, transfers, conditions);
}
