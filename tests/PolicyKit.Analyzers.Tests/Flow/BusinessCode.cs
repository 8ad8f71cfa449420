using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 on longer, real-looking application code: order services, file shares, handlers, batch jobs.</summary>
public class BusinessCode
{
    private const string OrderModel = """
        public sealed class Order
        {
            public Order(string id, ExportRequest request) { Id = id; Request = request; }
            public string Id { get; }
            public ExportRequest Request { get; }
            public bool Shipped { get; set; }
        }

        public interface IOrderRepository
        {
            Order Load(string id);
            void Save(Order order);
        }

        public interface IAuditLog
        {
            void Record(string orderId, Decision decision);
        }

        """;

    [Fact]
    public Task OrderService_that_ships_only_when_permitted_is_covered() => Pk0001.Verify(OrderModel + """
        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderRepository _orders;
            private readonly IAuditLog _audit;

            public OrderService(ExportPolicy policy, IOrderRepository orders, IAuditLog audit)
            {
                _policy = policy;
                _orders = orders;
                _audit = audit;
            }

            public bool Fulfil(string orderId)
            {
                var order = _orders.Load(orderId);
                var request = order.Request;
                var decision = _policy.Evaluate(request);
                _audit.Record(order.Id, decision);
                if (!decision.IsPermitted)
                {
                    Shipping.Log($"order {order.Id} held: {decision.Summary}");
                    return false;
                }

                Shipping.Ship(request);
                order.Shipped = true;
                _orders.Save(order);
                return true;
            }
        }
        """);

    [Fact]
    public Task OrderService_that_logs_a_denial_but_forgets_to_return_warns() => Pk0001.Verify(OrderModel + """
        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderRepository _orders;
            private readonly IAuditLog _audit;

            public OrderService(ExportPolicy policy, IOrderRepository orders, IAuditLog audit)
            {
                _policy = policy;
                _orders = orders;
                _audit = audit;
            }

            public void Fulfil(string orderId)
            {
                var order = _orders.Load(orderId);
                var request = order.Request;
                var decision = _policy.Evaluate(request);
                _audit.Record(order.Id, decision);
                if (!decision.IsPermitted)
                {
                    Shipping.Log($"order {order.Id} held: {decision.Summary}");
                }

                [|Shipping.Ship(request)|];
                order.Shipped = true;
                _orders.Save(order);
            }
        }
        """);

    [Fact]
    public Task OrderService_that_ships_in_the_denial_handler_warns() => Pk0001.Verify(OrderModel + """
        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderRepository _orders;

            public OrderService(ExportPolicy policy, IOrderRepository orders)
            {
                _policy = policy;
                _orders = orders;
            }

            public void Fulfil(string orderId)
            {
                var order = _orders.Load(orderId);
                var request = order.Request;
                try
                {
                    _policy.EnsurePermitted(request);
                    Shipping.Ship(request);
                }
                catch (ExportDeniedException e) when (e.Decision.Outcome == Outcome.NeedsReview)
                {
                    // "review is a formality": ship now, review later
                    Shipping.Log($"order {order.Id} shipped pending review");
                    [|Shipping.Ship(request)|];
                }
                order.Shipped = true;
                _orders.Save(order);
            }
        }
        """);

    [Fact]
    public Task OrderService_that_ships_a_replacement_order_after_checking_the_original_warns() => Pk0001.Verify(OrderModel + """
        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderRepository _orders;

            public OrderService(ExportPolicy policy, IOrderRepository orders)
            {
                _policy = policy;
                _orders = orders;
            }

            public void Replace(string originalId, string replacementId)
            {
                var original = _orders.Load(originalId).Request;
                var replacement = _orders.Load(replacementId).Request;
                var decision = _policy.Evaluate(original);
                if (!decision.IsPermitted)
                    return;

                Shipping.Log($"replacing {originalId} with {replacementId}");
                [|Shipping.Ship(replacement)|];
            }
        }
        """);

    [Fact]
    public Task OrderService_that_reevaluates_the_replacement_before_shipping_is_covered() => Pk0001.Verify(OrderModel + """
        public sealed class OrderService
        {
            private readonly ExportPolicy _policy;
            private readonly IOrderRepository _orders;

            public OrderService(ExportPolicy policy, IOrderRepository orders)
            {
                _policy = policy;
                _orders = orders;
            }

            public void Replace(string originalId, string replacementId)
            {
                var original = _orders.Load(originalId).Request;
                var replacement = _orders.Load(replacementId).Request;
                var decision = _policy.Evaluate(original);
                if (!decision.IsPermitted)
                    return;
                decision = _policy.Evaluate(replacement);
                if (!decision.IsPermitted)
                    return;

                Shipping.Log($"replacing {originalId} with {replacementId}");
                Shipping.Ship(replacement);
            }
        }
        """);

    private const string FileShareModel = """
        public sealed class Recipient
        {
            public Recipient(string name, ExportRequest request) { Name = name; Request = request; }
            public string Name { get; }
            public ExportRequest Request { get; }
        }

        public sealed class DesignVault
        {
            [ExportFunction]
            public void Release(string path, ExportRequest r) { }
        }

        """;

    [Fact]
    public Task FileShareEndpoint_releasing_with_TryClear_per_recipient_is_covered() => Pk0001.Verify(FileShareModel + """
        public sealed class FileShareEndpoint
        {
            private readonly ExportPolicy _policy;
            private readonly DesignVault _vault;

            public FileShareEndpoint(ExportPolicy policy, DesignVault vault)
            {
                _policy = policy;
                _vault = vault;
            }

            public int Share(string path, IReadOnlyList<Recipient> recipients)
            {
                var released = 0;
                foreach (var recipient in recipients)
                {
                    var request = recipient.Request;
                    if (!_policy.TryClear(request, out var clearance))
                    {
                        Shipping.Log($"{path} withheld from {recipient.Name}");
                        continue;
                    }
                    _vault.Release(path, request);
                    released++;
                }
                return released;
            }
        }
        """);

    [Fact]
    public Task FileShareEndpoint_checking_only_the_first_recipient_warns() => Pk0001.Verify(FileShareModel + """
        public sealed class FileShareEndpoint
        {
            private readonly ExportPolicy _policy;
            private readonly DesignVault _vault;

            public FileShareEndpoint(ExportPolicy policy, DesignVault vault)
            {
                _policy = policy;
                _vault = vault;
            }

            public void Share(string path, IReadOnlyList<Recipient> recipients)
            {
                if (recipients.Count == 0)
                    return;
                // all recipients are in the same company, so one check will do
                var first = recipients[0].Request;
                if (!_policy.TryClear(first, out _))
                    return;
                foreach (var recipient in recipients)
                {
                    var request = recipient.Request;
                    [|_vault.Release(path, request)|];
                }
            }
        }
        """);

    [Fact]
    public Task FileShareEndpoint_releasing_in_a_lambda_after_filtering_warns() => Pk0001.Verify(FileShareModel + """
        public sealed class FileShareEndpoint
        {
            private readonly ExportPolicy _policy;
            private readonly DesignVault _vault;

            public FileShareEndpoint(ExportPolicy policy, DesignVault vault)
            {
                _policy = policy;
                _vault = vault;
            }

            public void Share(string path, List<Recipient> recipients)
            {
                recipients
                    .Where(x => _policy.Evaluate(x.Request).IsPermitted)
                    .ToList()
                    .ForEach(x => [|_vault.Release(path, x.Request)|]);
            }
        }
        """);

    private const string HandlerModel = """
        public sealed class ShipRequestDto
        {
            public string OrderId { get; set; } = "";
        }

        public sealed class HandlerResult
        {
            public HandlerResult(int status, string body) { Status = status; Body = body; }
            public int Status { get; }
            public string Body { get; }
        }

        public interface IRequestStore
        {
            Task<ExportRequest> FindAsync(string orderId);
        }

        """;

    [Fact]
    public Task Async_handler_that_awaits_the_lookup_and_checks_is_covered() => Pk0001.Verify(HandlerModel + """
        public sealed class ShipHandler
        {
            private readonly ExportPolicy _policy;
            private readonly IRequestStore _store;

            public ShipHandler(ExportPolicy policy, IRequestStore store)
            {
                _policy = policy;
                _store = store;
            }

            public async Task<HandlerResult> HandleAsync(ShipRequestDto dto)
            {
                var request = await _store.FindAsync(dto.OrderId);
                try
                {
                    _policy.EnsurePermitted(request);
                }
                catch (ExportDeniedException e)
                {
                    return new HandlerResult(403, e.Decision.Summary);
                }

                await Shipping.ShipAsync(request);
                return new HandlerResult(202, "shipping");
            }
        }
        """);

    [Fact]
    public Task Async_handler_that_checks_in_a_fire_and_forget_task_warns() => Pk0001.Verify(HandlerModel + """
        public sealed class ShipHandler
        {
            private readonly ExportPolicy _policy;
            private readonly IRequestStore _store;

            public ShipHandler(ExportPolicy policy, IRequestStore store)
            {
                _policy = policy;
                _store = store;
            }

            public async Task<HandlerResult> HandleAsync(ShipRequestDto dto)
            {
                var request = await _store.FindAsync(dto.OrderId);
                _ = Task.Run(() => _policy.EnsurePermitted(request));
                await [|Shipping.ShipAsync(request)|];
                return new HandlerResult(202, "shipping");
            }
        }
        """);

    [Fact]
    public Task Batch_job_that_continues_past_non_permitted_decisions_is_covered() => Pk0001.Verify("""
        public sealed class NightlyExportJob
        {
            private readonly ExportPolicy _policy;

            public NightlyExportJob(ExportPolicy policy) => _policy = policy;

            public (int Shipped, int Held) Run(IEnumerable<ExportRequest> queue)
            {
                int shipped = 0, held = 0;
                foreach (var request in queue)
                {
                    var decision = _policy.Evaluate(request);
                    switch (decision.Outcome)
                    {
                        case Outcome.Prohibited:
                        case Outcome.LicenceRequired:
                            held++;
                            Shipping.Log($"held: {decision.Summary}");
                            continue;
                        case Outcome.NeedsReview:
                            held++;
                            Shipping.Log($"review: {decision.Summary}");
                            continue;
                    }
                    if (!decision.IsPermitted)
                        continue;
                    Shipping.Ship(request);
                    shipped++;
                }
                return (shipped, held);
            }
        }
        """);

    [Fact]
    public Task Batch_job_that_counts_review_items_as_shippable_warns() => Pk0001.Verify("""
        public sealed class NightlyExportJob
        {
            private readonly ExportPolicy _policy;

            public NightlyExportJob(ExportPolicy policy) => _policy = policy;

            public int Run(IEnumerable<ExportRequest> queue)
            {
                var shipped = 0;
                foreach (var request in queue)
                {
                    var decision = _policy.Evaluate(request);
                    if (decision.Outcome is Outcome.Prohibited or Outcome.LicenceRequired)
                    {
                        Shipping.Log($"held: {decision.Summary}");
                        continue;
                    }
                    [|Shipping.Ship(request)|];
                    shipped++;
                }
                return shipped;
            }
        }
        """);

    [Fact]
    public Task ExportFunction_facade_delegating_to_the_carrier_reports_at_its_unchecked_caller_only() => Pk0001.Verify("""
        public interface ICarrier
        {
            [ExportFunction] void Dispatch(ExportRequest r);
        }

        public sealed class ShippingFacade
        {
            private readonly ICarrier _carrier;

            public ShippingFacade(ICarrier carrier) => _carrier = carrier;

            [ExportFunction]
            public void Send(ExportRequest request)
            {
                Shipping.Log("handing over to the carrier");
                _carrier.Dispatch(request);
            }
        }

        public sealed class Warehouse
        {
            private readonly ExportPolicy _policy;
            private readonly ShippingFacade _facade;

            public Warehouse(ExportPolicy policy, ShippingFacade facade)
            {
                _policy = policy;
                _facade = facade;
            }

            public void Checked(ExportRequest request)
            {
                if (_policy.TryClear(request, out _))
                    _facade.Send(request);
            }

            public void Unchecked(ExportRequest request)
            {
                Shipping.Log("express lane");
                [|_facade.Send(request)|];
            }
        }
        """);

    [Fact]
    public Task Retry_loop_that_rechecks_before_every_attempt_is_covered() => Pk0001.Verify("""
        public sealed class TransientCarrierException : Exception { }

        public sealed class RetryingSender
        {
            private readonly ExportPolicy _policy;

            public RetryingSender(ExportPolicy policy) => _policy = policy;

            public bool Send(ExportRequest request, int attempts)
            {
                for (var attempt = 1; attempt <= attempts; attempt++)
                {
                    if (!_policy.TryClear(request, out _))
                        return false;
                    try
                    {
                        Shipping.Ship(request);
                        return true;
                    }
                    catch (TransientCarrierException)
                    {
                        Shipping.Log($"attempt {attempt} failed; retrying");
                    }
                }
                return false;
            }
        }
        """);

    [Fact]
    public Task Retry_loop_that_retries_in_the_denial_handler_warns() => Pk0001.Verify("""
        public sealed class RetryingSender
        {
            private readonly ExportPolicy _policy;

            public RetryingSender(ExportPolicy policy) => _policy = policy;

            public void Send(ExportRequest request)
            {
                var attempts = 0;
                while (true)
                {
                    try
                    {
                        _policy.EnsurePermitted(request);
                        Shipping.Ship(request);
                        return;
                    }
                    catch (ExportDeniedException) when (attempts++ < 3)
                    {
                        Shipping.Log("denied; trying again with the next rule set");
                    }
                    catch (ExportDeniedException)
                    {
                        Shipping.Log("giving up; shipping via the legacy path");
                        break;
                    }
                }
                [|Shipping.Ship(request)|];
            }
        }
        """);
}
