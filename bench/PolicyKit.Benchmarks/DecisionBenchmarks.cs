using BenchmarkDotNet.Attributes;
using PolicyKit;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Time and allocations of one decision with the built-in rules. Target (issue 2): under 1 µs and no
/// allocation on the permitted path for a party identified by list id.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private static readonly ExportPolicy Policy = ExportPolicy.CreateDefault();
    private static readonly Item Ear99Commodity = Item.Ear99(ItemKind.Commodity);

    // Permitted, nothing applies: Huawei by list identifier on a date before its listing took effect.
    private readonly ExportRequest _listIdBeforeListing = Request(new CalendarDate(2019, 5, 10), Party.EndUser("Huawei Technologies Co., Ltd.", "CN", listId: "HUAWEI-0001"));

    // Permitted, nothing applies: an unlisted customer resolved by exact name key.
    private readonly ExportRequest _unlistedByName = Request(new CalendarDate(2019, 6, 1), Party.EndUser("Siemens Aktiengesellschaft", "DE"));

    // Permitted, nothing applies: a four-party order with no listed party.
    private readonly ExportRequest _unlistedFourParties = new(new CalendarDate(2021, 3, 1), Ear99Commodity, new[]
    {
        Party.Purchaser("Acme Trading GmbH", "DE"), Party.IntermediateConsignee("Rotterdam Freight B.V.", "NL"),
        Party.UltimateConsignee("Nordic Telecom AB", "SE"), Party.EndUser("Nordic Telecom AB", "SE"),
    });

    // LicenceRequired: Huawei by list identifier after listing (full, explained evaluation).
    private readonly ExportRequest _listedLicenceRequired = Request(new CalendarDate(2019, 5, 17), Party.EndUser("Huawei Technologies Co., Ltd.", "CN", listId: "HUAWEI-0001"));

    // Permitted through an authorisation: the 2019 TGL networks category (full, explained evaluation).
    private readonly ExportRequest _listedPermittedByTgl = new(new CalendarDate(2019, 6, 1), Item.Ear99(ItemKind.Software),
        new[] { Party.EndUser("Huawei Technologies Co., Ltd.", "CN", listId: "HUAWEI-0001") }, Activity.NetworkMaintenance,
        facts: new TransactionFacts(contractDate: new CalendarDate(2019, 3, 1)));

    private static ExportRequest Request(CalendarDate date, Party party) => new(date, Ear99Commodity, new[] { party });

    [Benchmark(Baseline = true, Description = "permitted: list id, before listing")]
    public Outcome ListIdBeforeListing() => Policy.Evaluate(_listIdBeforeListing).Outcome;

    [Benchmark(Description = "permitted: unlisted, by name")]
    public Outcome UnlistedByName() => Policy.Evaluate(_unlistedByName).Outcome;

    [Benchmark(Description = "permitted: 4 unlisted parties")]
    public Outcome UnlistedFourParties() => Policy.Evaluate(_unlistedFourParties).Outcome;

    [Benchmark(Description = "licence required: listed, by list id")]
    public Outcome ListedLicenceRequired() => Policy.Evaluate(_listedLicenceRequired).Outcome;

    [Benchmark(Description = "permitted: listed, TGL applies")]
    public Outcome ListedPermittedByTgl() => Policy.Evaluate(_listedPermittedByTgl).Outcome;
}
