using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 through while, do, for and foreach loops, with break, continue and nesting.</summary>
public class Loops
{
    [Fact]
    public Task Ship_in_foreach_after_continue_on_failed_TryClear_is_covered() => Pk0001.Body("""
        foreach (var x in requests)
        {
            if (!policy.TryClear(x, out _))
                continue;
            Shipping.Ship(x);
        }
        """, signature: "void M(ExportPolicy policy, List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_foreach_after_logging_a_failed_check_without_continue_warns() => Pk0001.Body("""
        foreach (var x in requests)
        {
            if (!policy.TryClear(x, out _))
                Shipping.Log("not cleared");
            [|Shipping.Ship(x)|];
        }
        """, signature: "void M(ExportPolicy policy, List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_foreach_with_continue_on_not_permitted_decision_is_covered() => Pk0001.Body("""
        foreach (var x in requests)
        {
            var d = policy.Evaluate(x);
            if (!d.IsPermitted)
            {
                Shipping.Log(d.Summary);
                continue;
            }
            Shipping.Ship(x);
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest[] requests)");

    [Fact]
    public Task Ship_after_foreach_whose_body_checks_warns_because_it_may_run_zero_times() => Pk0001.Body("""
        foreach (var note in notes)
        {
            Shipping.Log(note);
            policy.EnsurePermitted(r);
        }
        [|Shipping.Ship(r)|];
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<string> notes)");

    [Fact]
    public Task Ship_after_for_loop_whose_body_checks_warns() => Pk0001.Body("""
        for (var i = 0; i < n; i++)
            policy.EnsurePermitted(r);
        [|Shipping.Ship(r)|];
        """, signature: "void M(ExportPolicy policy, ExportRequest r, int n)");

    [Fact]
    public Task Ship_after_while_loop_whose_body_checks_warns() => Pk0001.Body("""
        while (Shipping.Flag())
            Checks.DemandPermit(r);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_do_loop_whose_body_checks_is_covered() => Pk0001.Body("""
        do
        {
            policy.EnsurePermitted(r);
        }
        while (Shipping.Flag());
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_while_not_TryClear_retry_loop_is_covered() => Pk0001.Body("""
        while (!policy.TryClear(r, out _))
        {
            Shipping.Log("waiting for a licence");
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_inside_while_not_TryClear_retry_loop_warns() => Pk0001.Body("""
        while (!policy.TryClear(r, out _))
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_inside_while_TryClear_loop_is_covered() => Pk0001.Body("""
        while (policy.TryClear(r, out _))
        {
            Shipping.Ship(r);
            if (Shipping.Flag()) break;
        }
        """);

    [Fact]
    public Task Ship_after_while_true_left_only_by_break_after_check_is_covered() => Pk0001.Body("""
        while (true)
        {
            if (policy.TryClear(r, out _))
                break;
            Shipping.Log("retrying");
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_while_true_with_an_unchecked_break_warns() => Pk0001.Body("""
        while (true)
        {
            if (Shipping.Flag())
                break;
            if (policy.TryClear(r, out _))
                break;
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_before_check_in_loop_body_warns_even_though_previous_iteration_checked() => Pk0001.Body("""
        for (var i = 0; i < 3; i++)
        {
            [|Shipping.Ship(r)|];
            policy.EnsurePermitted(r);
        }
        """);

    [Fact]
    public Task Ship_after_check_in_same_loop_iteration_is_covered() => Pk0001.Body("""
        for (var i = 0; i < 3; i++)
        {
            policy.EnsurePermitted(r);
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_for_loop_whose_condition_is_not_permitted_test_is_covered_after_loop() => Pk0001.Body("""
        for (var d = policy.Evaluate(r); !d.IsPermitted; d = policy.Evaluate(r))
            Shipping.Log("re-evaluating");
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_for_loop_body_guarded_by_IsPermitted_condition_is_covered() => Pk0001.Body("""
        for (var d = policy.Evaluate(r); d.IsPermitted; d = policy.Evaluate(r))
        {
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_while_loop_with_break_on_denied_decision_is_covered() => Pk0001.Body("""
        var i = 0;
        while (i < requests.Length)
        {
            var x = requests[i++];
            var d = policy.Evaluate(x);
            if (!d.IsPermitted)
                break;
            Shipping.Ship(x);
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest[] requests)");

    [Fact]
    public Task Ship_after_inner_loop_break_that_skips_the_check_warns() => Pk0001.Body("""
        foreach (var x in requests)
        {
            foreach (var note in notes)
            {
                if (note.Length == 0)
                    break;
                policy.EnsurePermitted(x);
            }
            [|Shipping.Ship(x)|];
        }
        """, signature: "void M(ExportPolicy policy, List<ExportRequest> requests, List<string> notes)");

    [Fact]
    public Task Ship_in_inner_loop_after_outer_loop_check_is_covered() => Pk0001.Body("""
        foreach (var x in requests)
        {
            if (!Checks.MayShip(x))
                continue;
            foreach (var note in notes)
            {
                Shipping.Log(note);
                Shipping.Ship(x);
            }
        }
        """, signature: "void M(ExportPolicy policy, List<ExportRequest> requests, List<string> notes)");

    [Fact]
    public Task Ship_in_inner_loop_where_inner_continue_leaves_outer_check_intact_is_covered() => Pk0001.Body("""
        for (var i = 0; i < 2; i++)
        {
            policy.EnsurePermitted(r);
            for (var j = 0; j < 2; j++)
            {
                if (j == 0) continue;
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_in_foreach_checked_for_a_different_request_warns() => Pk0001.Body("""
        foreach (var x in requests)
        {
            policy.EnsurePermitted(r);
            [|Shipping.Ship(x)|];
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<ExportRequest> requests)");

    // Every real path checks: the flag is true on the first iteration, and false only once the check has
    // run (and r never changes), so a precise analysis does not report this.
    [Fact]
    public Task Ship_in_loop_after_check_on_first_iteration_guarded_by_a_local_flag_is_covered() => Pk0001.Body("""
        var first = true;
        foreach (var note in notes)
        {
            if (first)
            {
                policy.EnsurePermitted(r);
                first = false;
            }
            Shipping.Ship(r);
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<string> notes)");

    [Fact]
    public Task Ship_in_loop_after_check_guarded_by_a_flag_parameter_warns() => Pk0001.Body("""
        foreach (var note in notes)
        {
            if (first)
                policy.EnsurePermitted(r);
            first = false;
            [|Shipping.Ship(r)|];
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<string> notes, bool first)");

    [Fact]
    public Task Ship_in_loop_whose_first_iteration_skips_the_check_warns() => Pk0001.Body("""
        var first = true;
        foreach (var note in notes)
        {
            if (first)
                first = false;
            else
                policy.EnsurePermitted(r);
            [|Shipping.Ship(r)|];
        }
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<string> notes)");

    [Fact]
    public Task Ship_after_do_while_not_TryClear_is_covered() => Pk0001.Body("""
        do
        {
            Shipping.Log("asking");
        }
        while (!policy.TryClear(r, out _));
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_for_loop_whose_initializer_checks_is_covered() => Pk0001.Body("""
        for (policy.EnsurePermitted(r); Shipping.Flag();)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_while_condition_without_check_warns() => Pk0001.Body("""
        while ([|Shipping.ShipAndCount(r)|] < 3 && Shipping.Flag())
            Shipping.Log("again");
        """);

    [Fact]
    public Task Ship_after_while_not_IsPermitted_reevaluation_loop_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        while (!d.IsPermitted)
            d = policy.Evaluate(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_backward_goto_retry_loop_is_covered() => Pk0001.Body("""
        retry:
        if (!policy.TryClear(r, out _))
        {
            Shipping.Log("retrying");
            goto retry;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_foreach_that_breaks_on_denied_decision_warns() => Pk0001.Body("""
        foreach (var x in requests)
        {
            if (!Checks.MayShip(x))
                break;
            Shipping.Ship(x);
        }
        [|Shipping.Ship(r)|];
        """, signature: "void M(ExportPolicy policy, ExportRequest r, List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_iterator_after_check_is_covered() => Pk0001.Verify("""
        class C
        {
            IEnumerable<int> Ship(ExportPolicy policy, IEnumerable<ExportRequest> requests)
            {
                foreach (var x in requests)
                {
                    if (!policy.TryClear(x, out _)) yield break;
                    yield return Shipping.ShipAndCount(x);
                }
            }
        }
        """);

    [Fact]
    public Task Ship_in_iterator_without_check_warns() => Pk0001.Verify("""
        class C
        {
            IEnumerable<int> Ship(IEnumerable<ExportRequest> requests)
            {
                foreach (var x in requests)
                    yield return [|Shipping.ShipAndCount(x)|];
            }
        }
        """);

    [Fact]
    public Task Ship_after_do_loop_that_continues_before_check_warns() => Pk0001.Body("""
        do
        {
            if (Shipping.Flag())
                continue;
            policy.EnsurePermitted(r);
        }
        while (Shipping.Flag());
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_do_loop_guarded_per_iteration_is_covered() => Pk0001.Body("""
        var n = 0;
        do
        {
            if (!policy.TryClear(r, out _))
                break;
            Shipping.Ship(r);
            n++;
        }
        while (n < 3);
        """);
}
