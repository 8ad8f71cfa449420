using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 in async methods: awaited checks, awaited export calls, ValueTask, async lambdas.</summary>
public class Async
{
    private const string AsyncSignature = "async Task M(ExportPolicy policy, ExportRequest r, ExportRequest r2)";

    private const string AsyncChecks = """
            [ExportCheck] static async Task<bool> MayShipAsync(ExportRequest request) { await Task.Yield(); return true; }
            [ExportCheck] static ValueTask<bool> MayShipNowAsync(ExportRequest request) => new(true);
            [ExportCheck] static async Task DemandPermitAsync(ExportRequest request) { await Task.Yield(); }
            static Task<Decision> EvaluateRemotelyAsync(ExportPolicy policy, ExportRequest request) => Task.FromResult(policy.Evaluate(request));
        """;

    [Fact]
    public Task Awaited_ShipAsync_without_check_warns() => Pk0001.Body("""
        await [|Shipping.ShipAsync(r)|];
        """, AsyncSignature);

    [Fact]
    public Task Awaited_ShipAsync_after_EnsurePermitted_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        await Shipping.ShipAsync(r);
        """, AsyncSignature);

    [Fact]
    public Task ShipAsync_with_ConfigureAwait_without_check_warns() => Pk0001.Body("""
        await [|Shipping.ShipAsync(r)|].ConfigureAwait(false);
        """, AsyncSignature);

    [Fact]
    public Task Ship_after_check_and_an_intervening_await_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        await Task.Delay(10);
        Shipping.Ship(r);
        """, AsyncSignature);

    [Fact]
    public Task Ship_under_awaited_Task_bool_check_is_covered() => Pk0001.Body("""
        if (await MayShipAsync(r))
            await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_negated_awaited_Task_bool_check_with_return_is_covered() => Pk0001.Body("""
        if (!await MayShipAsync(r))
            return;
        await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_in_else_of_awaited_Task_bool_check_warns() => Pk0001.Body("""
        if (await MayShipAsync(r))
            Shipping.Log("ok");
        else
            await [|Shipping.ShipAsync(r)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_bool_local_from_awaited_check_is_covered() => Pk0001.Body("""
        var ok = await MayShipAsync(r);
        if (ok)
            Shipping.Ship(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_under_awaited_ValueTask_bool_check_is_covered() => Pk0001.Body("""
        if (await MayShipNowAsync(r))
            Shipping.Ship(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_under_negated_awaited_ValueTask_bool_check_warns() => Pk0001.Body("""
        if (!await MayShipNowAsync(r))
            [|Shipping.Ship(r)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_awaited_Task_check_is_covered() => Pk0001.Body("""
        await DemandPermitAsync(r);
        await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_Task_check_started_but_not_yet_awaited_warns() => Pk0001.Body("""
        var pending = DemandPermitAsync(r);
        [|Shipping.Ship(r)|];
        await pending;
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_discarded_Task_check_warns() => Pk0001.Body("""
        _ = DemandPermitAsync(r);
        [|Shipping.Ship(r)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_and_with_awaited_check_in_condition_is_covered() => Pk0001.Body("""
        if (Shipping.Flag() && await MayShipAsync(r))
            await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_or_with_awaited_check_in_condition_warns() => Pk0001.Body("""
        if (await MayShipAsync(r) || Shipping.Flag())
            await [|Shipping.ShipAsync(r)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_awaited_remote_decision_tested_as_permitted_is_covered() => Pk0001.Body("""
        var d = await EvaluateRemotelyAsync(policy, r);
        if (!d.IsPermitted)
            return;
        await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_awaited_Task_check_whose_denial_is_caught_and_swallowed_warns() => Pk0001.Body("""
        try
        {
            await DemandPermitAsync(r);
        }
        catch (ExportDeniedException)
        {
            Shipping.Log("denied");
        }
        await [|Shipping.ShipAsync(r)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_after_awaited_Task_check_whose_denial_returns_is_covered() => Pk0001.Body("""
        try
        {
            await DemandPermitAsync(r);
        }
        catch (ExportDeniedException)
        {
            return;
        }
        await Shipping.ShipAsync(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Returned_ShipAsync_task_without_check_warns() => Pk0001.Verify("""
        class C
        {
            Task M(ExportRequest r) => [|Shipping.ShipAsync(r)|];
        }
        """);

    [Fact]
    public Task Returned_ShipAsync_task_after_check_is_covered() => Pk0001.Verify("""
        class C
        {
            Task M(ExportPolicy policy, ExportRequest r)
            {
                if (!policy.TryClear(r, out _))
                    return Task.CompletedTask;
                return Shipping.ShipAsync(r);
            }
        }
        """);

    [Fact]
    public Task ShipAsync_in_WhenAll_lambda_warns_despite_filter_outside() => Pk0001.Body("""
        var permitted = requests.Where(x => policy.Evaluate(x).IsPermitted).ToList();
        await Task.WhenAll(permitted.Select(x => [|Shipping.ShipAsync(x)|]));
        """, "async Task M(ExportPolicy policy, List<ExportRequest> requests)");

    [Fact]
    public Task ShipAsync_in_async_lambda_without_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Func<Task> send = async () => await [|Shipping.ShipAsync(r)|];
        await send();
        """, AsyncSignature);

    [Fact]
    public Task ShipAsync_in_async_lambda_with_its_own_awaited_check_is_covered() => Pk0001.Body("""
        Func<ExportRequest, Task> send = async x =>
        {
            if (!await MayShipAsync(x))
                return;
            await Shipping.ShipAsync(x);
        };
        await send(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Async_ExportFunction_method_reports_at_its_unchecked_caller() => Pk0001.Verify("""
        class Gateway
        {
            [ExportFunction]
            public async Task ForwardAsync(ExportRequest r)
            {
                Shipping.Log("forwarding");
                await Shipping.ShipAsync(r);
            }

            public async Task HandleAsync(ExportRequest r)
            {
                await [|ForwardAsync(r)|];
            }
        }
        """);

    [Fact]
    public Task Async_ExportFunction_method_called_after_awaited_check_is_covered() => Pk0001.Verify("""
        class Gateway
        {
            [ExportCheck] static async Task<bool> MayShipAsync(ExportRequest request) { await Task.Yield(); return true; }

            [ExportFunction]
            public Task ForwardAsync(ExportRequest r) => Shipping.ShipAsync(r);

            public async Task HandleAsync(ExportRequest r)
            {
                if (await MayShipAsync(r))
                    await ForwardAsync(r);
            }
        }
        """);

    [Fact]
    public Task ShipAsync_in_await_foreach_after_continue_on_failed_TryClear_is_covered() => Pk0001.Verify("""
        class C
        {
            static async IAsyncEnumerable<ExportRequest> IncomingAsync()
            {
                await Task.Yield();
                yield break;
            }

            async Task M(ExportPolicy policy)
            {
                await foreach (var x in IncomingAsync())
                {
                    if (!policy.TryClear(x, out _))
                        continue;
                    await Shipping.ShipAsync(x);
                }
            }
        }
        """);

    [Fact]
    public Task ValueTask_returning_method_shipping_after_check_is_covered() => Pk0001.Verify("""
        class C
        {
            async ValueTask<int> M(ExportPolicy policy, ExportRequest r)
            {
                await Task.Yield();
                var d = policy.Evaluate(r);
                return d.IsPermitted ? Shipping.ShipAndCount(r) : 0;
            }
        }
        """);

    [Fact]
    public Task ValueTask_returning_method_shipping_without_check_warns() => Pk0001.Verify("""
        class C
        {
            async ValueTask<int> M(ExportRequest r)
            {
                await Task.Yield();
                return [|Shipping.ShipAndCount(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_after_awaited_Task_check_with_ConfigureAwait_is_covered() => Pk0001.Body("""
        await DemandPermitAsync(r).ConfigureAwait(false);
        Shipping.Ship(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_under_awaited_Task_bool_check_with_ConfigureAwait_is_covered() => Pk0001.Body("""
        if (await MayShipAsync(r).ConfigureAwait(false))
            Shipping.Ship(r);
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_of_other_request_after_awaited_check_warns() => Pk0001.Body("""
        await DemandPermitAsync(r);
        await [|Shipping.ShipAsync(r2)|];
        """, AsyncSignature, AsyncChecks);

    [Fact]
    public Task Ship_in_Task_Run_lambda_after_check_outside_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        await Task.Run(() => [|Shipping.Ship(r)|]);
        """, AsyncSignature);

    [Fact]
    public Task Async_lambda_inside_ExportFunction_method_is_not_reported() => Pk0001.Verify("""
        class Gateway
        {
            [ExportFunction]
            public Task SendAllAsync(List<ExportRequest> requests) =>
                Task.WhenAll(requests.Select(async x => await Shipping.ShipAsync(x)));
        }
        """);

    [Fact]
    public Task Ship_in_finally_after_awaited_check_in_try_warns() => Pk0001.Body("""
        try
        {
            await DemandPermitAsync(r);
        }
        finally
        {
            await [|Shipping.ShipAsync(r)|];
        }
        """, AsyncSignature, AsyncChecks);
}
