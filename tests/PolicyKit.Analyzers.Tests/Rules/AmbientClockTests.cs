using System.Threading.Tasks;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>PK0003: a rule predicate reads the ambient clock.</summary>
public sealed class AmbientClockTests
{
    private static Task Rules(string members) => Verify.AnalyzerAsync<AmbientClockAnalyzer>($$"""
        using System.Diagnostics;

        static class Rules
        {
            {{members}}
        }
        """);

    // ---- every clock, in the simplest predicate ------------------------------------------------

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTime.Today")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("TimeProvider.System")] // the test references are .NET 10, which has TimeProvider
    [InlineData("Environment.TickCount")]
    [InlineData("Environment.TickCount64")]
    [InlineData("Stopwatch.GetTimestamp()")]
    [InlineData("System.DateTime.UtcNow")]
    [InlineData("global::System.Diagnostics.Stopwatch.GetTimestamp()")]
    public Task Each_clock_read_in_a_Condition_Of_lambda(string clock) => Rules($$"""
        static readonly Condition Late = Condition.Of("late", c =>
        {
            object now = [|{{clock}}|];
            return now is not null;
        });
        """);

    // ---- what counts as a rule predicate -------------------------------------------------------

    [Fact]
    public Task Expression_lambda_passed_to_Condition_Of() => Rules("""
        static Condition Late() => Condition.Of("late", ctx => [|DateTime.Now|].Year > 2030);
        """);

    [Fact]
    public Task Lambda_passed_to_Condition_OfTruth() => Rules("""
        static Condition Late() => Condition.OfTruth("late", ctx => [|DateTimeOffset.UtcNow|].Year > 2030 ? Truth.True : Truth.Unknown);
        """);

    [Fact]
    public Task Both_lambdas_passed_to_Condition_OnFact_even_the_test_without_RuleContext() => Rules("""
        static Condition Old() => Condition.OnFact<CalendarDate>("old contract", "contract date",
            ctx => [|DateTime.Today|].Year > 2000 ? ctx.Request.Facts.ContractDate : null,
            signed => signed < CalendarDate.FromDateTime([|DateTime.Today|]));
        """);

    [Fact]
    public Task Evidence_lambda_passed_to_Condition_Of() => Rules("""
        static Condition Stamped() => Condition.Of("stamped", ctx => true, ctx => new Evidence("checked at " + [|DateTime.UtcNow|]));
        """);

    [Fact]
    public Task Anonymous_method_passed_to_Condition_Of() => Rules("""
        static Condition Late() => Condition.Of("late", delegate (RuleContext ctx) { return [|DateTime.Now|].Hour > 17; });
        """);

    [Fact]
    public Task Lambda_converted_to_a_Func_of_RuleContext() => Rules("""
        static readonly Func<RuleContext, bool> IsLate = ctx => [|DateTime.UtcNow|].Hour > 17;
        """);

    [Fact]
    public Task Lambda_converted_to_a_custom_delegate_taking_RuleContext() => Rules("""
        delegate bool Predicate(int weight, RuleContext context);
        static readonly Predicate Heavy = (weight, ctx) => weight > [|Environment.TickCount|];
        """);

    [Fact]
    public Task Lambda_nested_inside_a_predicate() => Rules("""
        static Condition AnyPartyLate() => Condition.Of("late", ctx => ctx.Request.Parties.Any(p => [|DateTime.Now|].Year > p.Name.Length));
        """);

    [Fact]
    public Task Predicate_inside_a_rule_built_with_RuleBuilder() => Rules("""
        static Rule NightShift() => Rule.Prohibit("ACME-NIGHT", "No exports at night")
            .Citing("ACME manual 1.1")
            .When(Condition.Of("at night", ctx => [|DateTime.Now|].Hour < 6) & Conditions.ItemIsEar99);
        """);

    [Fact]
    public Task Every_clock_read_in_one_predicate_is_reported() => Rules("""
        static Condition Late() => Condition.Of("late", ctx => [|DateTime.Now|] > [|DateTime.UtcNow|] || [|Environment.TickCount64|] > 0);
        """);

    [Fact]
    public Task Method_group_passed_to_Condition_Of_reports_the_reads_in_that_method() => Rules("""
        static Condition Late() => Condition.Of("late", IsLate);
        static bool IsLate(RuleContext ctx) => [|DateTime.Now|].Hour > 17 && ctx.Date.Year > 2000;
        """);

    [Fact]
    public Task Method_group_without_RuleContext_passed_to_Condition_OnFact_reports_the_reads_in_that_method() => Rules("""
        static Condition Old() => Condition.OnFact<CalendarDate>("old contract", "contract date", ctx => ctx.Request.Facts.ContractDate, IsOld);
        static bool IsOld(CalendarDate signed) => signed.AddDays(365) < CalendarDate.FromDateTime([|DateTime.Today|]);
        """);

    // ---- not reported --------------------------------------------------------------------------

    [Fact]
    public Task Clock_reads_in_business_code() => Rules("""
        static void Ship(ExportPolicy policy, ExportRequest r)
        {
            Shipping.Log($"{DateTime.Now:O} checking {r.Reference}");
            var started = Stopwatch.GetTimestamp();
            policy.EnsurePermitted(r);
            Shipping.Ship(r);
            Shipping.Log($"took {Stopwatch.GetTimestamp() - started} ticks, at {DateTimeOffset.UtcNow}, tick {Environment.TickCount}");
        }
        """);

    [Fact]
    public Task Predicates_that_use_the_request_date() => Rules("""
        static Condition Old() => Condition.OnFact<CalendarDate>("old contract", "contract date",
            ctx => ctx.Request.Facts.ContractDate, signed => signed < new CalendarDate(2019, 5, 16));
        static Condition Recent() => Condition.Of("recent", ctx => ctx.Date >= CalendarDate.FromDateTime(new DateTime(2020, 1, 1)) && ctx.Date > CalendarDate.FromDateTime(DateTime.MinValue));
        """);

    [Fact]
    public Task Lambdas_that_neither_take_RuleContext_nor_go_to_Condition_or_RuleBuilder() => Rules("""
        static readonly Func<int, bool> IsRecentYear = year => DateTime.Now.Year - year < 2;
        static IEnumerable<DateTime> Future(List<DateTime> dates) => dates.Where(d => d > DateTime.UtcNow);
        static Task<DateTime> Later() => Task.Run(() => DateTime.Now);
        """);

    [Fact]
    public Task Clock_reads_next_to_a_predicate_but_outside_it() => Rules("""
        static Condition Stamped()
        {
            var built = DateTime.Now;
            Shipping.Log($"built at {built}");
            return Condition.Of("at " + DateTime.UtcNow, ctx => ctx.Date.Year > 2000);
        }
        """);
}
