namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>Application code as PolicyKit users write it: the robustness test cuts it at every token.</summary>
internal static class RealisticCode
{
    /// <summary>Third-party export functions for the files below.</summary>
    public const string ExportFunctions = """
        # The warehouse client ships goods
        M:Acme.Orders.Warehouse.Release(System.String)
        T:Acme.Sharing.CloudDrive
        Acme.Orders.Warehouse.Pick
        """;

    /// <summary>An order service that checks with EnsurePermitted and ships.</summary>
    public const string OrderService = """
        namespace Acme.Orders;

        public sealed record OrderLine(string Sku, int Quantity);

        public sealed class Order
        {
            public Order(string id, ExportRequest request, IReadOnlyList<OrderLine> lines) { Id = id; Request = request; Lines = lines; }
            public string Id { get; }
            public ExportRequest Request { get; }
            public IReadOnlyList<OrderLine> Lines { get; }
            public bool Shipped { get; private set; }
            public void MarkShipped() => Shipped = true;
        }

        public interface IOrderStore
        {
            Order? Find(string id);
            void Save(Order order);
        }

        public static class Warehouse
        {
            public static void Release(string orderId) { }
        }

        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderStore _store;

            public OrderService(ExportPolicy policy, IOrderStore store)
            {
                _policy = policy ?? throw new ArgumentNullException(nameof(policy));
                _store = store;
            }

            public string Fulfil(string orderId)
            {
                var order = _store.Find(orderId) ?? throw new InvalidOperationException($"No order {orderId}.");
                if (order.Shipped) return "already shipped";
                var request = order.Request;
                try
                {
                    _policy.EnsurePermitted(request);
                }
                catch (ExportDeniedException denied)
                {
                    Shipping.Log($"order {order.Id} held at {DateTime.UtcNow:O}: {denied.Decision.Summary}");
                    return denied.Decision.Outcome switch
                    {
                        Outcome.Prohibited => "prohibited",
                        Outcome.LicenceRequired => "licence required",
                        _ => "needs review",
                    };
                }
                Shipping.Ship(request);
                Warehouse.Release(order.Id);
                order.MarkShipped();
                _store.Save(order);
                return "shipped";
            }

            public async Task<int> FulfilAllAsync(IEnumerable<string> orderIds)
            {
                var quantity = 0;
                foreach (var id in orderIds)
                {
                    var order = _store.Find(id);
                    if (order is null) continue;
                    _policy.EnsurePermitted(order.Request);
                    await Shipping.ShipAsync(order.Request);
                    quantity += order.Lines.Sum(line => line.Quantity);
                }
                return quantity;
            }
        }
        """;

    /// <summary>A file-sharing endpoint that clears each share with TryClear.</summary>
    public const string FileShare = """
        using System.IO;

        namespace Acme.Sharing;

        public sealed class ShareRequest
        {
            public string FileId { get; init; } = "";
            public string RecipientName { get; init; } = "";
            public string? RecipientCountry { get; init; }
            public DateTime RequestedAt { get; init; }
        }

        public sealed class ShareResult
        {
            private ShareResult(bool sent, string text) { Sent = sent; Text = text; }
            public bool Sent { get; }
            public string Text { get; }
            public static ShareResult Done(string text) => new(true, text);
            public static ShareResult Refused(string text) => new(false, text);
        }

        public interface IFileStore
        {
            Stream Open(string fileId);
            Classification ClassificationOf(string fileId);
        }

        public sealed class CloudDrive
        {
            public void Upload(Stream content, string recipient) { }
            public string Region => "eu";
        }

        public sealed class FileShareEndpoint
        {
            private readonly ExportPolicy _policy;
            private readonly IFileStore _files;
            private readonly CloudDrive _drive = new();

            public FileShareEndpoint(ExportPolicy policy, IFileStore files)
            {
                _policy = policy;
                _files = files;
            }

            public ShareResult Share(ShareRequest share)
            {
                var request = new ExportRequest(
                    CalendarDate.FromDateTime(share.RequestedAt),
                    new Item(ItemKind.Technology, _files.ClassificationOf(share.FileId), description: share.FileId),
                    new[] { Party.EndUser(share.RecipientName, share.RecipientCountry) },
                    transfer: TransferKind.Release,
                    reference: share.FileId);
                if (!_policy.TryClear(request, out var clearance))
                {
                    var decision = _policy.Evaluate(request);
                    return ShareResult.Refused(decision.Explain());
                }
                using (var content = _files.Open(share.FileId))
                {
                    Send(content, clearance);
                }
                return ShareResult.Done(clearance.Decision.Summary);
            }

            public IEnumerable<ShareResult> ShareAll(IEnumerable<ShareRequest> shares) => shares.Select(Share).ToList();

            [ExportFunction]
            private void Send(Stream content, Clearance clearance)
            {
                _drive.Upload(content, clearance.Request.Parties[0].Name);
                Shipping.ShipCleared(clearance);
            }
        }
        """;

    /// <summary>A company's own rules on top of the built-in ones, reading only the request's date.</summary>
    public const string CustomRules = """
        namespace Acme.Compliance;

        public static class AcmeRules
        {
            private static readonly CalendarDate PolicyStart = new(2024, 1, 1);

            public static Condition SignedOff { get; } = Condition.Of("legal sign-off recorded",
                ctx => ctx.Request.Reference is { } reference && reference.StartsWith("LEGAL-", StringComparison.Ordinal) && ctx.Date >= PolicyStart,
                ctx => new Evidence($"reference: {ctx.Request.Reference ?? "none"}"));

            public static Condition WithinGrace { get; } = Condition.OfTruth("within 30 days of the policy start", ctx =>
            {
                if (ctx.Date < PolicyStart) return Truth.False;
                return ctx.Date <= PolicyStart.AddDays(30) ? Truth.True : Truth.Unknown;
            });

            public static Condition ContractOnOrBefore(CalendarDate cutOff) =>
                Condition.OnFact<CalendarDate>($"contract on or before {cutOff}", "contract date", ctx => ctx.Request.Facts.ContractDate, signed => signed <= cutOff);

            public static Condition SoftwareTo(string country) =>
                Conditions.PartyInCountry(country) & Conditions.ItemKindIs(ItemKind.Software);

            public static ExportPolicy Create()
            {
                var signOff = Rule.RequireLicence("ACME-7", "Source code to XX needs legal sign-off", ReviewPolicy.CaseByCase)
                    .Citing("ACME export manual 4.2")
                    .EffectiveFrom(PolicyStart)
                    .WhenAnyParty(SoftwareTo("XX"));
                var approved = Rule.Authorise("ACME-7-SIGNED", "Legal signed off", AuthorisationKind.SpecificLicence, "ACME-7")
                    .Citing("ACME export manual 4.3")
                    .When(SignedOff.Unless(!WithinGrace));
                var legacy = Rule.Prohibit("ACME-9", "Old contracts to YY")
                    .EffectiveBetween(new CalendarDate(2024, 1, 1), new CalendarDate(2025, 12, 31))
                    .Documented("Contracts signed before 2023 may not be served.")
                    .WhenAnyParty(Conditions.PartyInCountry("YY") & ContractOnOrBefore(new CalendarDate(2022, 12, 31)));
                Shipping.Log($"ACME rules built at {DateTime.Now:O}");
                return ExportPolicy.CreateDefault().With(signOff, approved, legacy);
            }
        }
        """;

    /// <summary>A gate with [ExportCheck] guards, and the code that dispatches through it.</summary>
    public const string Guards = """
        namespace Acme.Guards;

        public interface ISanctionsScreen
        {
            bool IsClear(string name);
        }

        public sealed class ExportGate
        {
            private readonly ExportPolicy _policy;
            private readonly ISanctionsScreen _screen;
            private readonly Dictionary<string, Decision> _recent = new();

            public ExportGate(ExportPolicy policy, ISanctionsScreen screen)
            {
                _policy = policy;
                _screen = screen;
            }

            [ExportCheck]
            public bool MayShip(ExportRequest request)
            {
                if (request.Parties.Any(p => !_screen.IsClear(p.Name))) return false;
                var decision = _policy.Evaluate(request);
                if (request.Reference is { } reference) _recent[reference] = decision;
                return decision.IsPermitted;
            }

            [ExportCheck]
            public void Demand(ExportRequest request)
            {
                if (!MayShip(request)) throw new ExportDeniedException(_policy.Evaluate(request));
            }

            [ExportCheck]
            public async Task<bool> MayShipAsync(ExportRequest request)
            {
                await Task.Yield();
                return MayShip(request);
            }
        }

        public sealed class Dispatcher
        {
            private readonly ExportGate _gate;

            public Dispatcher(ExportGate gate) => _gate = gate;

            public void Dispatch(ExportRequest request)
            {
                if (_gate.MayShip(request))
                {
                    Shipping.Ship(request);
                    return;
                }
                Shipping.Log("held for review");
            }

            public async Task DispatchAsync(ExportRequest request)
            {
                if (!await _gate.MayShipAsync(request)) return;
                await Shipping.ShipAsync(request);
            }

            public int DispatchOrThrow(ExportRequest request)
            {
                _gate.Demand(request);
                return Shipping.ShipAndCount(request);
            }

            [ExportFunction]
            public void DispatchUnchecked(ExportRequest request) => Shipping.Ship(request);

            public void DispatchEach(List<ExportRequest> requests) =>
                requests.ForEach(r => { if (_gate.MayShip(r)) Shipping.Ship(r); });

            public Action<ExportRequest> Later() => Shipping.Ship;
        }
        """;
}
