using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.CodeFixes;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.CodeFixes;

/// <summary>PK0002 fix: turn a discarded check into a guard.</summary>
public sealed class GuardDiscardedCheckCodeFixTests
{
    private static Task Fix(string before, string after, bool fixAll = false, TestOptions? options = null) =>
        Verify.CodeFixAsync<DiscardedCheckAnalyzer, GuardDiscardedCheckCodeFix>(before, after, fixAll: fixAll, options: options);

    private static Task NoFix(string markup) =>
        Verify.NoCodeFixAsync<DiscardedCheckAnalyzer, GuardDiscardedCheckCodeFix>(markup);

    // ---- Evaluate ------------------------------------------------------------------------------

    [Fact]
    public Task Evaluate_becomes_EnsurePermitted_keeping_comments() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                // Check first.
                [|policy.Evaluate(r)|]; // then ship
                Shipping.Ship(r);
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                // Check first.
                policy.EnsurePermitted(r); // then ship
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Evaluate_assigned_to_a_discard_loses_the_discard() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                _ = [|policy.Evaluate(r)|];
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
            }
        }
        """);

    [Fact]
    public Task Evaluate_as_the_body_of_a_void_lambda_is_renamed_in_place() => Fix("""
        class C
        {
            Action Later(ExportPolicy policy, ExportRequest r) => () => [|policy.Evaluate(r)|];
        }
        """, """
        class C
        {
            Action Later(ExportPolicy policy, ExportRequest r) => () => policy.EnsurePermitted(r);
        }
        """);

    // ---- bool checks ---------------------------------------------------------------------------

    [Fact]
    public Task TryClear_in_a_void_method_returns_and_keeps_the_out_variable_in_scope() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                [|policy.TryClear(r, out var clearance)|];
                Shipping.ShipWith(clearance!);
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                if (!policy.TryClear(r, out var clearance)) return;
                Shipping.ShipWith(clearance!);
            }
        }
        """);

    [Fact]
    public Task A_check_in_a_method_that_returns_a_value_throws() => Fix("""
        class C
        {
            int M(ExportRequest r)
            {
                    [|Checks.MayShip(r)|];   // odd indentation stays
                return Shipping.ShipAndCount(r);
            }
        }
        """, """
        class C
        {
            int M(ExportRequest r)
            {
                    if (!Checks.MayShip(r)) throw new InvalidOperationException("Export not permitted: Checks.MayShip(r) returned false.");   // odd indentation stays
                return Shipping.ShipAndCount(r);
            }
        }
        """);

    [Fact]
    public Task An_awaited_check_in_an_async_Task_method_returns() => Fix("""
        class C
        {
            [ExportCheck] static Task<bool> MayShipAsync(ExportRequest r) => Task.FromResult(true);

            async Task M(ExportRequest r)
            {
                await [|MayShipAsync(r)|];
            }
        }
        """, """
        class C
        {
            [ExportCheck] static Task<bool> MayShipAsync(ExportRequest r) => Task.FromResult(true);

            async Task M(ExportRequest r)
            {
                if (!await MayShipAsync(r)) return;
            }
        }
        """);

    [Fact]
    public Task A_check_through_conditional_access_stops_unless_true() => Fix("""
        class C
        {
            void M(ExportPolicy? policy, ExportRequest r)
            {
                _ = [|policy?.TryClear(r, out _)|];
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy? policy, ExportRequest r)
            {
                if (policy?.TryClear(r, out _) != true) return;
            }
        }
        """);

    [Fact]
    public Task Keeps_a_following_else_with_its_if() => Fix("""
        class C
        {
            void M(ExportRequest r, bool urgent)
            {
                if (urgent) [|Checks.MayShip(r)|]; else Shipping.Log("later");
            }
        }
        """, """
        class C
        {
            void M(ExportRequest r, bool urgent)
            {
                if (urgent) { if (!Checks.MayShip(r)) return; } else Shipping.Log("later");
            }
        }
        """);

    [Fact]
    public Task Throws_in_a_finally_block_where_return_is_not_allowed() => Fix("""
        class C
        {
            void M(ExportRequest r)
            {
                try { Shipping.Log("work"); }
                finally { [|Checks.MayShip(r)|]; }
            }
        }
        """, """
        class C
        {
            void M(ExportRequest r)
            {
                try { Shipping.Log("work"); }
                finally { if (!Checks.MayShip(r)) throw new InvalidOperationException("Export not permitted: Checks.MayShip(r) returned false."); }
            }
        }
        """);

    [Fact]
    public Task Qualifies_InvalidOperationException_when_System_is_not_imported() => Fix("""
        namespace App
        {
            static class Gate
            {
                [PolicyKit.ExportCheck] public static bool Allows(PolicyKit.ExportRequest r) => true;

                public static int M(PolicyKit.ExportRequest r)
                {
                    [|Allows(r)|];
                    return 1;
                }
            }
        }
        """, """
        namespace App
        {
            static class Gate
            {
                [PolicyKit.ExportCheck] public static bool Allows(PolicyKit.ExportRequest r) => true;

                public static int M(PolicyKit.ExportRequest r)
                {
                    if (!Allows(r)) throw new System.InvalidOperationException("Export not permitted: Allows(r) returned false.");
                    return 1;
                }
            }
        }
        """, options: TestOptions.Default with { IncludePrelude = false });

    [Fact]
    public Task Top_level_statements_without_an_exit_code_return() => Fix("""
        ExportRequest r = null!;
        [|Checks.MayShip(r)|];
        Shipping.Ship(r);
        """, """
        ExportRequest r = null!;
        if (!Checks.MayShip(r)) return;
        Shipping.Ship(r);
        """, options: TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Top_level_statements_with_await_and_no_exit_code_return() => Fix("""
        ExportRequest r = null!;
        await Task.Yield();
        [|Checks.MayShip(r)|];
        """, """
        ExportRequest r = null!;
        await Task.Yield();
        if (!Checks.MayShip(r)) return;
        """, options: TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Top_level_statements_with_an_exit_code_throw() => Fix("""
        ExportRequest r = null!;
        [|Checks.MayShip(r)|];
        return 0;
        """, """
        ExportRequest r = null!;
        if (!Checks.MayShip(r)) throw new InvalidOperationException("Export not permitted: Checks.MayShip(r) returned false.");
        return 0;
        """, options: TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Fix_all_guards_every_discarded_check_including_nested_ones() => Fix("""
        class C
        {
            int M(ExportPolicy policy, ExportRequest r)
            {
                [|policy.Evaluate(r)|];
                Action later = () =>
                {
                    [|Checks.MayShip(r)|];
                };
                _ = [|policy.TryClear(r, out _)|];
                return 0;
            }
        }
        """, """
        class C
        {
            int M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                Action later = () =>
                {
                    if (!Checks.MayShip(r)) return;
                };
                if (!policy.TryClear(r, out _)) throw new InvalidOperationException("Export not permitted: policy.TryClear(r, out _) returned false.");
                return 0;
            }
        }
        """, fixAll: true);

    [Fact]
    public async Task Title_and_equivalence_key()
    {
        var offers = await OfferedFixes.ForEachDiagnosticAsync<DiscardedCheckAnalyzer, GuardDiscardedCheckCodeFix>("""
            class C { void M(ExportPolicy policy, ExportRequest r) { policy.Evaluate(r); Checks.MayShip(r); } }
            """);

        Assert.Equal(2, offers.Count);
        Assert.All(offers, o => Assert.Equal(("Turn into a guard", "PK0002.TurnIntoGuard"), Assert.Single(o)));
    }

    // ---- not offered ---------------------------------------------------------------------------

    [Fact]
    public Task Not_offered_for_a_bool_check_as_the_body_of_a_void_lambda() => NoFix("""
        class C
        {
            Action Later(ExportRequest r) => () => [|Checks.MayShip(r)|];
        }
        """);

    [Fact]
    public Task Not_offered_for_a_Task_bool_check_that_is_not_awaited() => NoFix("""
        class C
        {
            [ExportCheck] static Task<bool> MayShipAsync(ExportRequest r) => Task.FromResult(true);
            void M(ExportRequest r) { [|MayShipAsync(r)|]; }
        }
        """);
}
