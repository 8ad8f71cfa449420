using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>
/// Cases written against the analysis's own weak spots: variables changed behind its back by lambdas,
/// paths the compiler proves impossible, facts that must not leak across a finally or a loop edge.
/// </summary>
public sealed class Soundness
{
    [Fact]
    public Task Decision_reset_by_a_lambda_between_test_and_call_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        Action reset = () => d = default;
        if (d.IsPermitted)
        {
            reset();
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Request_replaced_by_a_local_function_after_the_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Replace();
        [|Shipping.Ship(r)|];
        void Replace() => r = r2;
        """);

    [Fact]
    public Task Call_on_a_path_the_decision_makes_impossible_is_not_reported() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            if (!d.IsPermitted) Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Finally_that_overwrites_the_decision_cancels_the_test_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        try
        {
            if (!d.IsPermitted) return;
        }
        finally
        {
            d = policy.Evaluate(r2);
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Finally_that_checks_covers_a_return_path_only_after_it_ran() => Pk0001.Body("""
        try
        {
            if (Shipping.Flag()) return;
        }
        finally
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Check_of_the_previous_iteration_request_does_not_cover_the_next_warns() => Pk0001.Body("""
        var requests = new List<ExportRequest> { r, r2 };
        ExportRequest? previous = null;
        foreach (var current in requests)
        {
            if (previous is not null) [|Shipping.Ship(current)|];
            policy.EnsurePermitted(current);
            previous = current;
        }
        """);

    [Fact]
    public Task Same_evaluate_call_in_a_loop_is_a_new_decision_each_time_warns() => Pk0001.Body("""
        var first = true;
        for (var i = 0; i < 3; i++)
        {
            var d = policy.Evaluate(i == 0 ? r : r2);
            if (first && !d.IsPermitted) return;
            first = false;
            [|Shipping.Ship(r2)|];
        }
        """);

    [Fact]
    public Task Opaque_bool_in_an_or_chain_does_not_carry_the_check_warns() => Pk0001.Body("""
        var ok = Shipping.Flag() || policy.TryClear(r, out _);
        if (ok) [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Decision_copied_then_original_overwritten_keeps_the_copy_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted) return;
        var kept = d;
        d = policy.Evaluate(r2);
        Shipping.Ship(r);
        Shipping.Log(kept.Summary + d.Summary);
        """);

    [Fact]
    public Task Exception_between_check_and_call_in_a_try_does_not_skip_the_check_for_the_catch_warns() => Pk0001.Body("""
        try
        {
            Shipping.Log("before");
            policy.EnsurePermitted(r);
        }
        catch (InvalidOperationException)
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Decision_overwritten_through_a_ref_local_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        ref var alias = ref d;
        if (!d.IsPermitted) return;
        alias = policy.Evaluate(r2);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Request_overwritten_through_a_ref_local_warns() => Pk0001.Body("""
        var current = r;
        ref var alias = ref current;
        policy.EnsurePermitted(current);
        alias = r2;
        [|Shipping.Ship(current)|];
        """);

    [Fact]
    public async Task A_check_for_another_request_is_named_in_the_message()
    {
        var diagnostics = await Pk0001.Verify(Pk0001.InMethod("""
            policy.EnsurePermitted(r);
            [|Shipping.Ship(r2)|];
            """));

        var message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("'Shipping.Ship(ExportRequest)' exports, but not every path to this call has a permitted policy check: the check on this path is for 'r', not 'r2'", message);
    }
}
