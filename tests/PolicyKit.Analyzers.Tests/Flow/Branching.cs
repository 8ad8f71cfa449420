using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 through if/else, early exits, boolean operators, ternaries, ??, ?., goto and checked blocks.</summary>
public class Branching
{
    [Fact]
    public Task Unchecked_ship_warns() => Pk0001.Body("""
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_EnsurePermitted_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_before_EnsurePermitted_warns() => Pk0001.Body("""
        [|Shipping.Ship(r)|];
        policy.EnsurePermitted(r);
        """);

    [Fact]
    public Task Ship_inside_if_TryClear_is_covered() => Pk0001.Body("""
        if (policy.TryClear(r, out var clearance))
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_else_of_TryClear_warns() => Pk0001.Body("""
        if (policy.TryClear(r, out var clearance))
            Shipping.Log("cleared");
        else
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_early_return_on_failed_TryClear_is_covered() => Pk0001.Body("""
        if (!policy.TryClear(r, out _))
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_early_throw_on_not_permitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
            throw new InvalidOperationException(d.Summary);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_not_permitted_branch_that_only_logs_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
        {
            Shipping.Log("not permitted: " + d.Summary);
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_inside_if_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            Shipping.Log("permitted");
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_else_of_IsPermitted_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
            Shipping.Log("permitted");
        else
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_if_else_that_checks_in_both_branches_is_covered() => Pk0001.Body("""
        if (Shipping.Flag())
            policy.EnsurePermitted(r);
        else
            Checks.DemandPermit(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_if_that_checks_in_one_branch_only_warns() => Pk0001.Body("""
        if (Shipping.Flag())
            policy.EnsurePermitted(r);
        else
            Shipping.Log("skipped the check");
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_if_without_else_that_checks_warns() => Pk0001.Body("""
        if (Shipping.Flag())
            policy.EnsurePermitted(r);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_nested_ifs_under_permitted_outer_test_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
            if (Shipping.Flag())
            {
                if (Shipping.Flag())
                    Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_in_nested_if_where_only_inner_sibling_checks_warns() => Pk0001.Body("""
        if (Shipping.Flag())
        {
            if (Shipping.Flag())
                policy.EnsurePermitted(r);
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_under_and_with_unrelated_condition_first_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (Shipping.Flag() && d.IsPermitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_and_chain_of_checks_is_covered() => Pk0001.Body("""
        if (Shipping.Flag() && Checks.MayShip(r) && Shipping.Flag())
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_or_with_unrelated_condition_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (Shipping.Flag() || d.IsPermitted)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_or_of_TryClear_and_flag_warns() => Pk0001.Body("""
        if (policy.TryClear(r, out _) || Shipping.Flag())
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_or_of_negated_test_and_flag_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted || Shipping.Flag())
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_and_of_negated_test_and_flag_with_return_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted && Shipping.Flag())
            return;
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_double_negation_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!!d.IsPermitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_negated_check_warns() => Pk0001.Body("""
        if (!Checks.MayShip(r))
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_ternary_true_arm_of_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var shipped = d.IsPermitted ? Shipping.ShipAndCount(r) : 0;
        Shipping.Log(shipped.ToString());
        """);

    [Fact]
    public Task Ship_in_ternary_false_arm_of_IsPermitted_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var shipped = d.IsPermitted ? 0 : [|Shipping.ShipAndCount(r)|];
        Shipping.Log(shipped.ToString());
        """);

    [Fact]
    public Task Ship_after_bool_from_ternary_with_false_other_arm_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = Shipping.Flag() ? d.IsPermitted : false;
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_from_ternary_with_true_other_arm_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = Shipping.Flag() ? d.IsPermitted : true;
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_ternary_with_throw_arm_is_covered() => Pk0001.Body("""
        var clearance = policy.TryClear(r, out var c) ? c : throw new InvalidOperationException("not permitted");
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_when_check_is_right_operand_of_coalesce_warns() => Pk0001.Body("""
        var clearance = Cached ?? policy.EnsurePermitted(r);
        [|Shipping.Ship(r)|];
        """, members: "    public Clearance Cached;");

    [Fact]
    public Task Ship_of_coalesced_request_after_its_check_is_covered() => Pk0001.Body("""
        var request = Preferred ?? r;
        policy.EnsurePermitted(request);
        Shipping.Ship(request);
        """, members: "    public ExportRequest Preferred;");

    [Fact]
    public Task Ship_of_coalesced_request_without_check_warns() => Pk0001.Body("""
        [|Shipping.Ship(Preferred ?? r)|];
        """, members: "    public ExportRequest Preferred;");

    [Fact]
    public Task ShipCleared_with_coalesced_clearance_is_never_reported() => Pk0001.Body("""
        Shipping.ShipCleared(Cached ?? policy.EnsurePermitted(r));
        """, members: "    public Clearance Cached;");

    [Fact]
    public Task Ship_after_conditional_access_EnsurePermitted_warns() => Pk0001.Body("""
        policy?.EnsurePermitted(r);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Conditional_access_instance_export_after_check_is_covered() => Pk0001.Verify("""
        class Client
        {
            [ExportFunction] public void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(ExportPolicy policy, Client client, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                client?.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Conditional_access_instance_export_without_check_warns() => Pk0001.Verify("""
        class Client
        {
            [ExportFunction] public void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(Client client, ExportRequest r)
            {
                client?[|.Ship(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_after_goto_past_the_call_on_failed_check_is_covered() => Pk0001.Body("""
        if (!policy.TryClear(r, out _))
            goto done;
        Shipping.Ship(r);
        done:
        Shipping.Log("done");
        """);

    [Fact]
    public Task Ship_at_label_reached_by_goto_that_skips_the_check_warns() => Pk0001.Body("""
        if (Shipping.Flag())
            goto ship;
        policy.EnsurePermitted(r);
        ship:
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_checked_block_after_check_is_covered() => Pk0001.Body("""
        checked
        {
            policy.EnsurePermitted(r);
            var n = Shipping.ShipAndCount(r) + 1;
            Shipping.Log(n.ToString());
        }
        """);

    [Fact]
    public Task Ship_in_unchecked_block_without_check_warns() => Pk0001.Body("""
        unchecked
        {
            var n = [|Shipping.ShipAndCount(r)|] + int.MaxValue;
            Shipping.Log(n.ToString());
        }
        """);

    [Fact]
    public Task Ship_inside_string_interpolation_without_check_warns() => Pk0001.Body("""
        Shipping.Log($"shipped {[|Shipping.ShipAndCount(r)|]} lots");
        """);

    [Fact]
    public Task Ship_inside_string_interpolation_after_check_is_covered() => Pk0001.Body("""
        if (!Checks.MayShip(r)) return;
        Shipping.Log($"shipped {Shipping.ShipAndCount(r)} lots");
        """);

    [Fact]
    public Task Ship_as_argument_of_another_call_without_check_warns() => Pk0001.Body("""
        Shipping.Log([|Shipping.ShipAndCount(r)|].ToString());
        """);

    [Fact]
    public Task Ship_as_argument_after_and_condition_in_same_expression_is_covered() => Pk0001.Body("""
        var ok = policy.TryClear(r, out _) && Shipping.ShipAndCount(r) > 0;
        Shipping.Log(ok.ToString());
        """);

    [Fact]
    public Task Ship_in_return_statement_without_check_warns() => Pk0001.Body("""
        return [|Shipping.ShipAndCount(r)|];
        """, signature: "int M(ExportPolicy policy, ExportRequest r)");

    [Fact]
    public Task Ship_in_return_statement_after_void_check_is_covered() => Pk0001.Body("""
        Checks.DemandPermit(r);
        return Shipping.ShipAndCount(r);
        """, signature: "int M(ExportPolicy policy, ExportRequest r)");

    [Fact]
    public Task Ship_in_expression_bodied_method_warns() => Pk0001.Verify("""
        class C
        {
            int M(ExportRequest r) => [|Shipping.ShipAndCount(r)|];
        }
        """);

    [Fact]
    public Task Ship_in_expression_bodied_method_behind_TryClear_is_covered() => Pk0001.Verify("""
        class C
        {
            int M(ExportPolicy policy, ExportRequest r) => policy.TryClear(r, out _) ? Shipping.ShipAndCount(r) : 0;
        }
        """);

    [Fact]
    public Task Ship_in_static_method_using_static_policy_is_covered() => Pk0001.Verify("""
        static class Exporter
        {
            private static readonly ExportPolicy Policy = ExportPolicy.CreateDefault();

            public static void Send(ExportRequest r)
            {
                Policy.EnsurePermitted(r);
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_in_instance_method_checked_by_injected_policy_field_is_covered() => Pk0001.Verify("""
        class Exporter
        {
            private readonly ExportPolicy _policy;
            public Exporter(ExportPolicy policy) => _policy = policy;

            public void Send(ExportRequest r)
            {
                if (!_policy.TryClear(r, out _)) return;
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_checked_by_user_ExportCheck_without_request_is_covered() => Pk0001.Verify("""
        class C
        {
            [ExportCheck] static bool OperatorApproved() => true;

            void M(ExportRequest r)
            {
                if (OperatorApproved())
                    Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task ShipCleared_without_any_check_is_never_reported() => Pk0001.Body("""
        Shipping.ShipCleared(clearance);
        """, signature: "void M(Clearance clearance)");

    [Fact]
    public Task Non_export_ShipWith_is_not_reported() => Pk0001.Body("""
        Shipping.ShipWith(clearance);
        Shipping.Log("done");
        """, signature: "void M(Clearance clearance)");

    [Fact]
    public Task Ship_after_permitted_test_or_else_void_check_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
            Checks.DemandPermit(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_at_label_reached_from_permitted_branch_and_from_after_a_check_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
            goto ship;
        Checks.DemandPermit(r);
        ship:
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_TryClear_or_else_EnsurePermitted_is_covered() => Pk0001.Body("""
        if (!policy.TryClear(r, out _))
            policy.EnsurePermitted(r);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_discarded_Evaluate_warns() => Pk0001.Body("""
        policy.Evaluate(r);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_discarded_TryClear_warns() => Pk0001.Body("""
        policy.TryClear(r, out _);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_discarded_bool_ExportCheck_warns() => Pk0001.Body("""
        Checks.MayShip(r);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_untested_decision_local_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        Shipping.Log(d.Summary);
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_empty_permitted_branch_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted)
        {
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_else_of_not_permitted_test_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
            Shipping.Log("held");
        else
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_return_on_negated_and_of_test_and_flag_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!(d.IsPermitted && Shipping.Flag()))
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_return_on_negated_or_of_test_and_flag_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!(d.IsPermitted || Shipping.Flag()))
            return;
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_return_on_either_of_two_failed_checks_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (!d.IsPermitted || !Checks.MayShip(r2))
            return;
        Shipping.Ship(r);
        Shipping.Ship(r2);
        """);

    [Fact]
    public Task Ship_of_both_requests_under_and_of_their_checks_is_covered() => Pk0001.Body("""
        if (Checks.MayShip(r) && policy.TryClear(r2, out _))
        {
            Shipping.Ship(r);
            Shipping.Ship(r2);
        }
        """);

    [Fact]
    public Task Ship_after_bool_from_ternary_of_two_checks_is_covered() => Pk0001.Body("""
        var ok = Shipping.Flag() ? policy.TryClear(r, out _) : Checks.MayShip(r);
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_EnsurePermitted_used_as_an_expression_is_covered() => Pk0001.Body("""
        Shipping.Log(policy.EnsurePermitted(r).ToString());
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_discard_of_ternary_with_throw_on_not_permitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        _ = d.IsPermitted ? 0 : throw new InvalidOperationException(d.Summary);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_check_of_instance_ExportCheck_method_is_covered() => Pk0001.Verify("""
        class Compliance
        {
            [ExportCheck] public bool Approves(ExportRequest r) => true;
        }

        class C
        {
            void M(Compliance compliance, ExportRequest r)
            {
                if (compliance.Approves(r))
                    Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_under_switch_on_IsPermitted_true_case_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.IsPermitted)
        {
            case true:
                Shipping.Ship(r);
                break;
            case false:
                Shipping.Log("held");
                break;
        }
        """);

    [Fact]
    public Task Ship_after_two_branches_that_each_test_their_own_decision_is_covered() => Pk0001.Body("""
        if (Shipping.Flag())
        {
            var a = policy.Evaluate(r);
            if (!a.IsPermitted) return;
        }
        else
        {
            var b = policy.Evaluate(r);
            if (!b.IsPermitted) return;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_branches_that_test_a_decision_and_call_EnsurePermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (Shipping.Flag())
        {
            if (!d.IsPermitted) return;
        }
        else
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_return_on_TryClear_equals_false_is_covered() => Pk0001.Body("""
        if (policy.TryClear(r, out _) == false)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_TryClear_is_true_is_covered() => Pk0001.Body("""
        if (policy.TryClear(r, out _) is true)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_return_on_ExportCheck_not_equals_true_is_covered() => Pk0001.Body("""
        if (Checks.MayShip(r) != true)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_ternary_condition_with_false_arm_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted ? Shipping.Flag() : false)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_ternary_condition_with_true_arm_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted ? true : Shipping.Flag())
            [|Shipping.Ship(r)|];
        """);
}
