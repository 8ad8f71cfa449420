using System.Threading.Tasks;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>PK0002: the result of Evaluate, TryClear or a bool [ExportCheck] is discarded.</summary>
public sealed class DiscardedCheckTests
{
    private static Task Body(string body, string members = "") => Verify.AnalyzerAsync<DiscardedCheckAnalyzer>($$"""
        class C
        {
            {{members}}
            async Task M(ExportPolicy policy, ExportRequest r)
            {
                await Task.Yield();
                {{body}}
            }
            static void Consume(object value) { }
        }
        """);

    // ---- reported ------------------------------------------------------------------------------

    [Fact]
    public Task Evaluate_as_a_statement() => Body("[|policy.Evaluate(r)|];");

    [Fact]
    public Task Evaluate_assigned_to_a_discard() => Body("_ = [|policy.Evaluate(r)|];");

    [Fact]
    public Task TryClear_as_a_statement() => Body("[|policy.TryClear(r, out var clearance)|];");

    [Fact]
    public Task TryClear_with_named_arguments_assigned_to_a_discard() => Body("_ = [|policy.TryClear(clearance: out _, request: r)|];");

    [Fact]
    public Task Bool_ExportCheck_as_a_statement() => Body("[|Checks.MayShip(r)|];");

    [Fact]
    public Task Bool_ExportCheck_of_an_instance_in_source_as_a_statement() => Body("[|gate.Allows(r)|];", """
        private readonly Gate gate = new();
        class Gate { [ExportCheck] public bool Allows(ExportRequest request) => true; }
        """);

    [Fact]
    public Task Evaluate_through_conditional_access_as_a_statement() => Body("""
        ExportPolicy? maybe = Shipping.Flag() ? policy : null;
        [|maybe?.Evaluate(r)|];
        """);

    [Fact]
    public Task Evaluate_as_the_body_of_a_void_lambda() => Body("""
        Action check = () => [|policy.Evaluate(r)|];
        check();
        """);

    [Fact]
    public Task Evaluate_as_the_body_of_an_expression_bodied_void_method() => Body("", """
        void Check(ExportPolicy policy, ExportRequest r) => [|policy.Evaluate(r)|];
        """);

    [Fact]
    public Task Every_discarded_check_in_a_method_is_reported() => Body("""
        [|policy.Evaluate(r)|];
        Shipping.Log("checked?");
        [|Checks.MayShip(r)|];
        _ = [|policy.TryClear(r, out _)|];
        """);

    [Fact]
    public Task Awaited_Task_bool_ExportCheck_whose_result_is_discarded() => Body("await [|MayShipAsync(r)|];", """
        [ExportCheck] static Task<bool> MayShipAsync(ExportRequest request) => Task.FromResult(true);
        """);

    [Fact]
    public Task Task_bool_ExportCheck_called_without_await_as_a_statement() => Body("[|MayShipAsync(r)|];", """
        [ExportCheck] static Task<bool> MayShipAsync(ExportRequest request) => Task.FromResult(true);
        """);

    // ---- not reported --------------------------------------------------------------------------

    [Fact]
    public Task Results_that_are_assigned_tested_returned_or_passed() => Body("""
        var decision = policy.Evaluate(r);
        Decision later;
        later = policy.Evaluate(r);
        if (policy.Evaluate(r).IsPermitted) Shipping.Log("yes");
        if (policy.Evaluate(r) is { IsPermitted: true }) Shipping.Log("yes");
        if (policy.TryClear(r, out var clearance)) Shipping.ShipCleared(clearance);
        if (!Checks.MayShip(r)) return;
        var ok = Checks.MayShip(r) && Shipping.Flag();
        Consume(policy.Evaluate(r));
        Consume(Checks.MayShip(r));
        Func<Decision> deferred = () => policy.Evaluate(r);
        Func<bool> check = () => Checks.MayShip(r);
        """);

    [Fact]
    public Task Results_that_are_returned() => Body("", """
        Decision Decide(ExportPolicy policy, ExportRequest r) => policy.Evaluate(r);
        bool May(ExportRequest r) { return Checks.MayShip(r); }
        async Task<bool> MayAsync(ExportRequest r) { await Task.Yield(); return Checks.MayShip(r); }
        """);

    [Fact]
    public Task EnsurePermitted_as_a_statement_or_discarded_is_a_guard() => Body("""
        policy.EnsurePermitted(r);
        _ = policy.EnsurePermitted(r);
        policy?.EnsurePermitted(r);
        """);

    [Fact]
    public Task Void_and_Task_ExportChecks_as_statements_are_guards() => Body("""
        Checks.DemandPermit(r);
        await DemandAsync(r);
        """, """
        [ExportCheck] static Task DemandAsync(ExportRequest request) => Task.CompletedTask;
        """);

    [Fact]
    public Task Discarded_bool_methods_that_are_not_checks() => Body("""
        Shipping.Flag();
        _ = Shipping.Flag();
        new Evaluator().Evaluate(r);
        new Evaluator().TryClear(r, out _);
        """, """
        class Evaluator
        {
            public Decision Evaluate(ExportRequest r) => default;
            public bool TryClear(ExportRequest r, out Clearance? c) { c = null; return false; }
        }
        """);
}
