using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>PK0001 through try/catch/finally, rethrow, exception filters, using and lock.</summary>
public class Exceptions
{
    [Fact]
    public Task Ship_in_try_after_EnsurePermitted_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
            Shipping.Ship(r);
        }
        catch (ExportDeniedException e)
        {
            Shipping.Log(e.Message);
        }
        """);

    [Fact]
    public Task Ship_in_catch_of_ExportDeniedException_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException)
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_after_try_whose_catch_returns_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e)
        {
            Shipping.Log(e.Decision.Summary);
            return;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_whose_catch_swallows_the_denial_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e)
        {
            Shipping.Log(e.Decision.Summary);
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_try_whose_catch_rethrows_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e)
        {
            Shipping.Log(e.Message);
            throw;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_whose_catch_throws_a_new_exception_is_covered() => Pk0001.Body("""
        try
        {
            Checks.DemandPermit(r);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("export refused", e);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_with_check_after_a_throwing_call_and_swallowing_catch_warns() => Pk0001.Body("""
        try
        {
            Shipping.Log("loading");
            policy.EnsurePermitted(r);
        }
        catch (InvalidOperationException)
        {
            Shipping.Log("load failed");
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_try_with_filtered_catch_that_returns_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (Exception e) when (e is ExportDeniedException)
        {
            return;
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_with_filtered_catch_that_falls_through_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e) when (e.Decision.Outcome == Outcome.NeedsReview)
        {
            Shipping.Log("needs review, shipping anyway");
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_catch_whose_filter_tests_the_exception_decision_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        catch (ExportDeniedException e) when (e.Decision.Outcome == Outcome.NeedsReview)
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_after_check_in_catch_only_warns() => Pk0001.Body("""
        try
        {
            Shipping.Log("trying the fast path");
        }
        catch (Exception)
        {
            policy.EnsurePermitted(r);
        }
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_after_check_in_both_try_and_catch_is_covered() => Pk0001.Body("""
        try
        {
            Shipping.Log("trying");
            policy.EnsurePermitted(r);
        }
        catch (InvalidOperationException)
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_try_before_check_in_finally_warns() => Pk0001.Body("""
        try
        {
            [|Shipping.Ship(r)|];
        }
        finally
        {
            policy.EnsurePermitted(r);
        }
        """);

    [Fact]
    public Task Ship_after_try_finally_whose_finally_checks_is_covered() => Pk0001.Body("""
        try
        {
            Shipping.Log("preparing");
        }
        finally
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_finally_whose_try_checks_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        finally
        {
            Shipping.Log("checked");
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_in_finally_after_check_in_try_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
        }
        finally
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_in_try_after_throw_on_failed_TryClear_is_covered() => Pk0001.Body("""
        try
        {
            if (!policy.TryClear(r, out _))
                throw new InvalidOperationException("not cleared");
            Shipping.Ship(r);
        }
        catch (InvalidOperationException e)
        {
            Shipping.Log(e.Message);
        }
        """);

    [Fact]
    public Task Ship_in_nested_try_after_outer_check_is_covered() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
            try
            {
                Shipping.Ship(r);
            }
            catch (InvalidOperationException)
            {
                Shipping.Log("carrier failed");
            }
        }
        catch (ExportDeniedException)
        {
            Shipping.Log("denied");
        }
        """);

    [Fact]
    public Task Ship_in_outer_catch_after_inner_check_warns() => Pk0001.Body("""
        try
        {
            try
            {
                policy.EnsurePermitted(r);
            }
            finally
            {
                Shipping.Log("inner done");
            }
        }
        catch (ExportDeniedException)
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_in_inner_catch_of_carrier_failure_after_check_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        try
        {
            Shipping.Ship(r);
        }
        catch (InvalidOperationException)
        {
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_inside_using_statement_after_check_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        using (new Scope())
        {
            Shipping.Ship(r);
        }
        """, members: "    sealed class Scope : IDisposable { public void Dispose() { } }");

    [Fact]
    public Task Ship_after_using_statement_whose_body_checks_is_covered() => Pk0001.Body("""
        using (var scope = new Scope())
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """, members: "    sealed class Scope : IDisposable { public void Dispose() { } }");

    [Fact]
    public Task Ship_inside_using_statement_before_check_warns() => Pk0001.Body("""
        using (new Scope())
        {
            [|Shipping.Ship(r)|];
        }
        policy.EnsurePermitted(r);
        """, members: "    sealed class Scope : IDisposable { public void Dispose() { } }");

    [Fact]
    public Task Ship_after_using_declaration_and_early_return_is_covered() => Pk0001.Body("""
        using var scope = new Scope();
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
            return;
        Shipping.Ship(r);
        """, members: "    sealed class Scope : IDisposable { public void Dispose() { } }");

    [Fact]
    public Task Ship_after_using_declaration_without_check_warns() => Pk0001.Body("""
        using var scope = new Scope();
        [|Shipping.Ship(r)|];
        """, members: "    sealed class Scope : IDisposable { public void Dispose() { } }");

    [Fact]
    public Task Ship_after_lock_whose_body_checks_is_covered() => Pk0001.Body("""
        lock (_gate)
        {
            policy.EnsurePermitted(r);
        }
        Shipping.Ship(r);
        """, members: "    private readonly object _gate = new();");

    [Fact]
    public Task Ship_inside_lock_after_conditional_check_warns() => Pk0001.Body("""
        lock (_gate)
        {
            if (Shipping.Flag())
                policy.EnsurePermitted(r);
            [|Shipping.Ship(r)|];
        }
        """, members: "    private readonly object _gate = new();");

    [Fact]
    public Task Ship_inside_lock_after_check_is_covered() => Pk0001.Body("""
        lock (_gate)
        {
            if (!Checks.MayShip(r)) return;
            Shipping.Ship(r);
        }
        """, members: "    private readonly object _gate = new();");

    [Fact]
    public Task Ship_in_catch_whose_filter_is_an_ExportCheck_is_covered() => Pk0001.Body("""
        try
        {
            Shipping.Log("primary carrier");
        }
        catch (Exception) when (Checks.MayShip(r))
        {
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_finally_after_check_that_precedes_the_try_is_covered() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        try
        {
            Shipping.Log("packing");
        }
        finally
        {
            Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Ship_in_finally_of_try_that_checks_and_returns_warns() => Pk0001.Body("""
        try
        {
            policy.EnsurePermitted(r);
            return;
        }
        finally
        {
            [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_after_try_whose_every_catch_exits_is_covered() => Pk0001.Body("""
        try
        {
            Checks.DemandPermit(r);
        }
        catch (ExportDeniedException)
        {
            return;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("check failed", e);
        }
        Shipping.Ship(r);
        """);

    [Fact]
    public Task Ship_after_try_where_one_of_two_catches_falls_through_warns() => Pk0001.Body("""
        try
        {
            Checks.DemandPermit(r);
        }
        catch (ExportDeniedException)
        {
            return;
        }
        catch (InvalidOperationException)
        {
            Shipping.Log("checker unavailable");
        }
        [|Shipping.Ship(r)|];
        """);
}
