using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 with decisions tested through ==, is-patterns, switch statements and switch expressions.</summary>
public class Patterns
{
    [Fact]
    public Task Ship_under_IsPermitted_equals_true_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted == true)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_IsPermitted_not_equals_false_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted != false)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_IsPermitted_equals_false_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted == false)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_Outcome_equals_Permitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome == Outcome.Permitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_Permitted_equals_Outcome_reversed_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (Outcome.Permitted == d.Outcome)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_Outcome_equals_NeedsReview_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome == Outcome.NeedsReview)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_Outcome_not_Permitted_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome != Outcome.Permitted)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_Outcome_not_equals_Prohibited_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome != Outcome.Prohibited)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_property_pattern_IsPermitted_true_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { IsPermitted: true })
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_not_property_pattern_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is not { IsPermitted: true })
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_not_property_pattern_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is not { IsPermitted: true })
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_property_pattern_IsPermitted_false_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { IsPermitted: false })
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_Outcome_is_Permitted_constant_pattern_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome is Outcome.Permitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_Outcome_is_not_Permitted_with_throw_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome is not Outcome.Permitted)
            throw new InvalidOperationException(d.Summary);
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_or_pattern_that_admits_NeedsReview_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome is Outcome.Permitted or Outcome.NeedsReview)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_nested_property_pattern_on_Outcome_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { Outcome: Outcome.Permitted })
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_and_pattern_including_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { IsPermitted: true } and { PolicyName: not null })
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_or_of_property_patterns_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { IsPermitted: true } or { Outcome: Outcome.NeedsReview })
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_under_direct_pattern_on_Evaluate_result_is_covered() => Pk0001.Body("""
        if (policy.Evaluate(r) is { IsPermitted: true })
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_direct_IsPermitted_of_Evaluate_result_is_covered() => Pk0001.Body("""
        if (policy.Evaluate(r).IsPermitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_direct_negated_IsPermitted_of_Evaluate_without_exit_warns() => Pk0001.Body("""
        if (!policy.Evaluate(r).IsPermitted)
            Shipping.Log("not permitted");
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_switch_case_Permitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.Permitted:
                Shipping.Ship(r);
                break;
            case Outcome.NeedsReview:
                Shipping.Log("queued for review");
                break;
        }
        """);

    [Fact]
    public Task Ship_in_switch_case_LicenceRequired_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.Permitted:
                Shipping.Log("permitted");
                break;
            case Outcome.LicenceRequired:
                [|Shipping.Ship(r)|];
                break;
        }
        """);

    [Fact]
    public Task Ship_in_default_after_the_three_other_outcomes_returned_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.NeedsReview:
                return;
            case Outcome.LicenceRequired:
                return;
            case Outcome.Prohibited:
                return;
            default:
                Shipping.Ship(r);
                break;
        }
        """);

    [Fact]
    public Task Ship_in_default_when_one_other_outcome_falls_to_it_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.LicenceRequired:
            case Outcome.Prohibited:
                return;
            default:
                [|Shipping.Ship(r)|];
                break;
        }
        """);

    [Fact]
    public Task Ship_in_section_shared_by_Permitted_and_NeedsReview_labels_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.Permitted:
            case Outcome.NeedsReview:
                [|Shipping.Ship(r)|];
                break;
        }
        """);

    [Fact]
    public Task Ship_in_Permitted_case_reached_by_goto_case_from_NeedsReview_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.NeedsReview:
                Shipping.Log("shipping pending review");
                goto case Outcome.Permitted;
            case Outcome.Permitted:
                [|Shipping.Ship(r)|];
                break;
        }
        """);

    [Fact]
    public Task Ship_in_Permitted_case_reached_by_goto_case_from_a_case_that_checked_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.NeedsReview:
                Checks.DemandPermit(r);
                goto case Outcome.Permitted;
            case Outcome.Permitted:
                Shipping.Ship(r);
                break;
        }
        """);

    [Fact]
    public Task Ship_in_Permitted_case_with_when_clause_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.Permitted when Shipping.Flag():
                Shipping.Ship(r);
                break;
            default:
                Shipping.Log("held");
                break;
        }
        """);

    [Fact]
    public Task Ship_in_case_whose_when_clause_tests_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (r.Reference)
        {
            case "urgent" when d.IsPermitted:
                Shipping.Ship(r);
                break;
        }
        """);

    [Fact]
    public Task Ship_in_NeedsReview_case_with_unrelated_when_clause_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.NeedsReview when Shipping.Flag():
                [|Shipping.Ship(r)|];
                break;
        }
        """);

    [Fact]
    public Task Ship_in_switch_on_decision_with_property_pattern_case_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d)
        {
            case { IsPermitted: true }:
                Shipping.Ship(r);
                break;
            case { Outcome: Outcome.NeedsReview }:
                Shipping.Log("review");
                break;
        }
        """);

    [Fact]
    public Task Ship_after_switch_on_unrelated_value_where_one_case_checks_warns() => Pk0001.Body("""
        switch (r.Reference)
        {
            case "A":
                policy.EnsurePermitted(r);
                break;
            case "B":
                Shipping.Log("B needs no check?");
                break;
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_switch_where_every_section_checks_or_returns_is_covered() => Pk0001.Body("""
        switch (r.Reference)
        {
            case "A":
                policy.EnsurePermitted(r);
                break;
            case "B":
                if (!Checks.MayShip(r)) return;
                break;
            default:
                return;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_from_switch_expression_on_Outcome_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = d.Outcome switch { Outcome.Permitted => true, _ => false };
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_from_switch_expression_admitting_NeedsReview_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = d.Outcome switch { Outcome.Permitted => true, Outcome.NeedsReview => true, _ => false };
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_switch_expression_arm_for_Permitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var n = d.Outcome switch { Outcome.Permitted => Shipping.ShipAndCount(r), _ => 0 };
        Shipping.Log(n.ToString());
        """);

    [Fact]
    public Task Ship_in_switch_expression_discard_arm_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var n = d.Outcome switch { Outcome.Prohibited => 0, _ => [|Shipping.ShipAndCount(r)|] };
        Shipping.Log(n.ToString());
        """);

    [Fact]
    public Task Ship_after_bool_local_holding_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = d.IsPermitted;
        Shipping.Log("evaluated");
        if (ok)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_local_holding_and_of_flag_and_IsPermitted_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = Shipping.Flag() && d.IsPermitted;
        if (!ok)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_local_holding_or_of_flag_and_IsPermitted_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var ok = Shipping.Flag() || d.IsPermitted;
        if (ok)
            [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_bool_local_holding_TryClear_is_covered() => Pk0001.Body("""
        var cleared = policy.TryClear(r, out _);
        if (cleared)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_IsPermitted_is_true_constant_pattern_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted is true)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_property_pattern_IsPermitted_false_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d is { IsPermitted: false })
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_or_pattern_of_the_three_other_outcomes_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome is Outcome.NeedsReview or Outcome.LicenceRequired or Outcome.Prohibited)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_or_pattern_of_two_other_outcomes_with_return_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome is Outcome.LicenceRequired or Outcome.Prohibited)
            return;
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_switch_whose_three_other_outcomes_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        switch (d.Outcome)
        {
            case Outcome.NeedsReview:
            case Outcome.LicenceRequired:
            case Outcome.Prohibited:
                return;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_IsPermitted_is_not_true_with_return_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.IsPermitted is not true)
            return;
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_pattern_with_designation_on_Evaluate_result_is_covered() => Pk0001.Body("""
        if (policy.Evaluate(r) is { IsPermitted: true } d)
        {
            Shipping.Log(d.Summary);
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_switch_expression_on_decision_property_pattern_arm_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var n = d switch
        {
            { IsPermitted: true } => Shipping.ShipAndCount(r),
            { Outcome: Outcome.NeedsReview } => -1,
            _ => 0,
        };
        Shipping.Log(n.ToString());
        """);

    [Fact]
    public Task Ship_in_switch_expression_arm_with_unrelated_when_guard_warns() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var n = d.Outcome switch
        {
            Outcome.Permitted => 1,
            _ when Shipping.Flag() => [|Shipping.ShipAndCount(r)|],
            _ => 0,
        };
        Shipping.Log(n.ToString());
        """);

    [Fact]
    public Task Ship_under_switch_expression_used_directly_as_condition_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        if (d.Outcome switch { Outcome.Permitted => true, _ => false })
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_under_test_of_a_copied_decision_local_is_covered() => Pk0001.Body("""
        var d = policy.Evaluate(r);
        var copy = d;
        if (copy.IsPermitted)
            Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_bool_local_holding_ExportCheck_result_is_covered() => Pk0001.Body("""
        var ok = Checks.MayShip(r);
        Shipping.Log(ok ? "approved" : "refused");
        if (!ok)
            return;
        Shipping.Ship(r);
        """);
}
