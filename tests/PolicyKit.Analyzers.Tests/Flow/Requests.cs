using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>
/// PK0001 request matching (a check counts for the request it checked) and decisions or test results that
/// are overwritten, reassigned or stored where they can change.
/// </summary>
public class Requests
{
    private const string Order = """
        class Order
        {
            public ExportRequest Request { get; set; }
        }
        """;

    // ---- request matching ---------------------------------------------------------------------

    [Fact]
    public Task Ship_of_other_request_after_EnsurePermitted_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        [|Shipping.Ship(r2)|];
        """);

    [Fact]
    public Task Ship_of_other_request_under_IsPermitted_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
            [|Shipping.Ship(r2)|];
        """);

    [Fact]
    public Task Ship_of_other_request_under_TryClear_warns() => Pk0001.Body("""
        if (policy.TryClear(r, out _))
            [|Shipping.Ship(r2)|];
        """);

    [Fact]
    public Task Ship_of_other_request_after_void_ExportCheck_warns() => Pk0001.Body("""
        Checks.DemandPermit(r);
        [|Shipping.Ship(r2)|];
        """);

    [Fact]
    public Task Ship_of_other_request_under_bool_ExportCheck_warns() => Pk0001.Body("""
        if (Checks.MayShip(r2))
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_of_each_request_after_checking_both_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        policy.EnsurePermitted(r2);
        Shipping.Ship(r);
        Shipping.Ship(r2);
        """);

    [Fact]
    public Task Ship_of_both_requests_after_checking_only_the_first_warns_for_the_second() => Pk0001.Body("""
        if (!Checks.MayShip(r)) return;
        Shipping.Ship(r);
        [|Shipping.Ship(r2)|];
        """);

    [Fact]
    public Task Ship_of_request_reassigned_after_its_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        r = r2;
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_of_request_reassigned_and_checked_again_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        r = r2;
        policy.EnsurePermitted(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_of_request_reassigned_in_one_branch_after_its_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        if (Shipping.Flag())
            r = r2;
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_of_request_overwritten_through_out_argument_after_its_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Reload(out r);
        [|Shipping.Ship(r)|];
        """, members: "    static void Reload(out ExportRequest request) => request = null!;");

    [Fact]
    public Task Ship_of_request_evaluated_before_it_was_reassigned_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        r = r2;
        if (d.IsPermitted)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_of_copied_local_after_check_of_original_warns() => Pk0001.Body("""
        var copy = r;
        policy.EnsurePermitted(r);
        [|Shipping.Ship(copy)|];
        """);

    [Fact]
    public Task Ship_of_order_request_after_check_of_order_request_is_covered() => Pk0001.Verify(Order + """
        class C
        {
            void M(ExportPolicy policy, Order order)
            {
                policy.EnsurePermitted(order.Request);
                Shipping.Ship(order.Request);
            }
        }
        """);

    [Fact]
    public Task Ship_of_parameter_after_check_of_a_property_request_is_covered() => Pk0001.Verify(Order + """
        class C
        {
            void M(ExportPolicy policy, Order order, ExportRequest r)
            {
                if (policy.TryClear(order.Request, out _))
                    Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_of_property_request_after_check_of_a_parameter_is_covered() => Pk0001.Verify(Order + """
        class C
        {
            void M(ExportPolicy policy, Order order, ExportRequest r)
            {
                Checks.DemandPermit(r);
                Shipping.Ship(order.Request);
            }
        }
        """);

    [Fact]
    public Task Ship_of_method_result_after_check_of_a_local_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
            Shipping.Ship(Current());
        """, members: "    ExportRequest Current() => null!;");

    [Fact]
    public Task Ship_of_field_request_after_check_of_the_field_is_covered() => Pk0001.Verify("""
        class Job
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();
            public ExportRequest Request;

            public void Run()
            {
                _policy.EnsurePermitted(Request);
                Shipping.Ship(Request);
            }
        }
        """);

    [Fact]
    public Task Ship_of_other_request_after_ExportCheck_without_request_parameter_is_covered() => Pk0001.Body("""
        if (!SupervisorSignedOff())
            return;
        Shipping.Ship(r2);
        """, members: "    [ExportCheck] static bool SupervisorSignedOff() => true;");

    [Fact]
    public Task Ship_of_other_request_under_Decision_parameter_test_is_covered() => Pk0001.Body("""
        if (d.IsPermitted)
            Shipping.Ship(r);
        """, signature: "void M(Decision d, ExportRequest r)");

    [Fact]
    public Task ExportFunction_local_function_called_for_other_request_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        [|Send(r2)|];

        [ExportFunction] static void Send(ExportRequest x) => Shipping.Ship(x);
        """);

    // ---- overwritten decisions and test results ----------------------------------------------

    [Fact]
    public Task Ship_after_decision_overwritten_inside_permitted_branch_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            d = policy.Evaluate(r);
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_after_decision_overwritten_and_tested_again_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted) return;
        d = policy.Evaluate(r2);
        if (!d.IsPermitted) return;
        Shipping.Ship(r2);
        """);

    [Fact]
    public Task Ship_after_decision_overwritten_through_ref_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            Refresh(ref d);
            [|Shipping.Ship(r)|];
        }
        """, members: "    static void Refresh(ref Decision decision) { }");

    [Fact]
    public Task Ship_after_decision_overwritten_through_out_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted) return;
        Reload(out d);
        [|Shipping.Ship(r)|];
        """, members: "    static void Reload(out Decision decision) => decision = default;");

    [Fact]
    public Task Ship_after_decision_reassigned_in_one_branch_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            if (Shipping.Flag())
                d = default;
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_after_bool_local_whose_decision_was_overwritten_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = d.IsPermitted;
        d = policy.Evaluate(r2);
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_bool_local_that_was_reassigned_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = d.IsPermitted;
        ok = Shipping.Flag();
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_TryClear_bool_local_reassigned_with_or_warns() => Pk0001.Body("""
        var ok = policy.TryClear(r, out _);
        ok = ok || Shipping.Flag();
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_test_of_a_different_decision_warns() => Pk0001.Body("""
        var first = policy.Evaluate(r);
        var second = policy.Evaluate(r2);
        if (first.IsPermitted)
            [|Shipping.Ship(r2)|];
        Shipping.Log(second.Summary);
        """);

    [Fact]
    public Task Ship_under_test_of_a_decision_field_warns() => Pk0001.Verify("""
        class Job
        {
            private Decision _decision;

            public void Prepare(ExportPolicy policy, ExportRequest r) => _decision = policy.Evaluate(r);

            public void Run(ExportRequest r)
            {
                if (_decision.IsPermitted)
                    [|Shipping.Ship(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_under_test_of_a_decision_field_assigned_just_before_warns() => Pk0001.Verify("""
        class Job
        {
            private Decision _decision;

            public void Run(ExportPolicy policy, ExportRequest r)
            {
                _decision = policy.Evaluate(r);
                if (_decision.IsPermitted)
                    [|Shipping.Ship(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_under_test_of_a_decision_property_warns() => Pk0001.Verify("""
        class Job
        {
            public Decision Current { get; set; }

            public void Run(ExportRequest r)
            {
                if (Current.Outcome == Outcome.Permitted)
                    [|Shipping.Ship(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_under_test_of_exception_decision_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e)
        {
            if (e.Decision.IsPermitted)
                [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_under_Decision_parameter_tested_as_permitted_is_covered() => Pk0001.Body("""
        if (!decision.IsPermitted)
            throw new ExportDeniedException(decision);
        Shipping.Ship(r);
        """, signature: "void M(Decision decision, ExportRequest r)");

    [Fact]
    public Task Ship_with_untested_Decision_parameter_warns() => Pk0001.Body("""
        Shipping.Log(decision.Summary);
        [|Shipping.Ship(r)|];
        """, signature: "void M(Decision decision, ExportRequest r)");

    [Fact]
    public Task Ship_of_request_passed_by_ref_after_its_check_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Normalise(ref r);
        [|Shipping.Ship(r)|];
        """, members: "    static void Normalise(ref ExportRequest request) { }");

    [Fact]
    public Task Ship_of_array_element_after_check_of_another_element_is_covered_as_not_a_simple_local() => Pk0001.Body("""
        policy.EnsurePermitted(requests[0]);
        Shipping.Ship(requests[1]);
        """, signature: "void M(ExportPolicy policy, ExportRequest[] requests)");

    [Fact]
    public Task Ship_of_parameter_after_check_of_a_field_request_is_covered() => Pk0001.Verify("""
        class Job
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();
            public ExportRequest Request;

            public void Run(ExportRequest r)
            {
                if (_policy.Evaluate(Request).IsPermitted)
                    Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_under_test_of_the_matching_one_of_two_decisions_is_covered() => Pk0001.Body("""
        var first = policy.Evaluate(r);
        var second = policy.Evaluate(r2);
        Shipping.Log(first.Summary);
        if (second.IsPermitted)
            Shipping.Ship(r2);
        """);

    [Fact]
    public Task Ship_after_TryClear_bool_local_whose_request_was_reassigned_warns() => Pk0001.Body("""
        var ok = policy.TryClear(r, out _);
        r = r2;
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_bool_local_reassigned_to_flag_or_itself_warns() => Pk0001.Body("""
        var ok = policy.TryClear(r, out _);
        ok = Shipping.Flag() || ok;
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_bool_local_reassigned_to_itself_and_flag_is_covered() => Pk0001.Body("""
        var ok = policy.TryClear(r, out _);
        ok = ok && Shipping.Flag();
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_local_recomputed_from_the_decision_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = Shipping.Flag();
        ok = d.IsPermitted;
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_test_of_local_copy_of_a_decision_property_is_covered() => Pk0001.Verify("""
        class Job
        {
            public Decision Current { get; set; }

            public void Run(ExportRequest r)
            {
                var d = Current;
                if (d.IsPermitted)
                    Shipping.Ship(r);
            }
        }
        """);
}
