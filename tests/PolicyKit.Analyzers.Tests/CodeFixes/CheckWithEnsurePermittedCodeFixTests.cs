using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.CodeFixes;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.CodeFixes;

/// <summary>PK0001 fix: insert <c>policy.EnsurePermitted(request);</c> before the statement with the call.</summary>
public sealed class CheckWithEnsurePermittedCodeFixTests
{
    private static Task Fix(string before, string after, bool fixAll = false, TestOptions? options = null) =>
        Verify.CodeFixAsync<UncheckedExportCallAnalyzer, CheckWithEnsurePermittedCodeFix>(before, after, fixAll: fixAll, options: options);

    private static Task NoFix(string markup) =>
        Verify.NoCodeFixAsync<UncheckedExportCallAnalyzer, CheckWithEnsurePermittedCodeFix>(markup);

    // ---- what it does --------------------------------------------------------------------------

    [Fact]
    public Task Inserts_the_check_before_the_statement_keeping_blank_line_comment_and_indentation() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest request)
            {
                Shipping.Log("start");

                // The customer asked for it.
                [|Shipping.Ship(request)|]; // ship
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest request)
            {
                Shipping.Log("start");

                policy.EnsurePermitted(request);
                // The customer asked for it.
                Shipping.Ship(request); // ship
            }
        }
        """);

    [Fact]
    public Task Checks_the_request_the_call_exports_when_several_are_in_scope() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest first, ExportRequest second)
            {
                [|Shipping.Ship(second)|];
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest first, ExportRequest second)
            {
                policy.EnsurePermitted(second);
                Shipping.Ship(second);
            }
        }
        """);

    [Fact]
    public Task Uses_a_policy_field_and_the_only_request_in_scope() => Fix("""
        class C
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();

            int Count(ExportRequest request)
            {
                var shipped = [|Shipping.ShipAndCount(request)|];
                return shipped;
            }
        }
        """, """
        class C
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();

            int Count(ExportRequest request)
            {
                _policy.EnsurePermitted(request);
                var shipped = Shipping.ShipAndCount(request);
                return shipped;
            }
        }
        """);

    [Fact]
    public Task Wraps_an_embedded_statement_in_a_block() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r, bool urgent)
            {
                if (urgent)
                    [|Shipping.Ship(r)|];
                else
                    Shipping.Log("later");
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r, bool urgent)
            {
                if (urgent)
                {
                    policy.EnsurePermitted(r);
                    Shipping.Ship(r);
                }
                else
                    Shipping.Log("later");
            }
        }
        """);

    [Fact]
    public Task Turns_an_expression_bodied_method_into_a_block_that_returns_the_value() => Fix("""
        class C
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();

            int Count(ExportRequest r) => [|Shipping.ShipAndCount(r)|];
        }
        """, """
        class C
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();

            int Count(ExportRequest r)
            {
                _policy.EnsurePermitted(r);
                return Shipping.ShipAndCount(r);
            }
        }
        """);

    [Fact]
    public Task Turns_a_lambda_expression_body_into_a_block() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                Action ship = () => [|Shipping.Ship(r)|];
                ship();
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                Action ship = () =>
                {
                    policy.EnsurePermitted(r);
                    Shipping.Ship(r);
                };
                ship();
            }
        }
        """);

    [Fact]
    public Task Checks_the_lambda_parameter_the_call_exports() => Fix("""
        class C
        {
            int Total(ExportPolicy policy, IEnumerable<ExportRequest> requests) =>
                requests.Sum(r => [|Shipping.ShipAndCount(r)|]);
        }
        """, """
        class C
        {
            int Total(ExportPolicy policy, IEnumerable<ExportRequest> requests) =>
                requests.Sum(r =>
                {
                    policy.EnsurePermitted(r);
                    return Shipping.ShipAndCount(r);
                });
        }
        """);

    [Fact]
    public Task Works_in_top_level_statements() => Fix("""
        var policy = ExportPolicy.CreateDefault();
        ExportRequest request = null!;

        [|Shipping.Ship(request)|];
        """, """
        var policy = ExportPolicy.CreateDefault();
        ExportRequest request = null!;

        policy.EnsurePermitted(request);
        Shipping.Ship(request);
        """, options: TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Fix_all_inserts_one_check_per_statement() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                Shipping.Log([|Shipping.ShipAndCount(r)|] + " and " + [|Shipping.ShipAndCount(r)|]);
                [|Shipping.Ship(r)|];
                switch (Shipping.Flag())
                {
                    case true:
                        [|Shipping.Ship(r)|];
                        break;
                }
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                Shipping.Log(Shipping.ShipAndCount(r) + " and " + Shipping.ShipAndCount(r));
                policy.EnsurePermitted(r);
                Shipping.Ship(r);
                switch (Shipping.Flag())
                {
                    case true:
                        policy.EnsurePermitted(r);
                        Shipping.Ship(r);
                        break;
                }
            }
        }
        """, fixAll: true);

    [Theory]
    [InlineData("void M(ExportPolicy policy, ExportRequest r) { Shipping.Ship(r); }")]
    [InlineData("void M(ExportPolicy policy, ExportRequest r) => Shipping.Ship(r);")]
    public async Task Keeps_the_documents_line_endings(string method)
    {
        var source = "class C\r\n{\r\n    " + method.Replace("{ ", "\r\n    {\r\n        ").Replace(" }", "\r\n    }") + "\r\n}\r\n";

        var text = await OfferedFixes.FixedTextAsync<UncheckedExportCallAnalyzer, CheckWithEnsurePermittedCodeFix>(source);

        Assert.Contains("        policy.EnsurePermitted(r);\r\n        Shipping.Ship(r);\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task Title_and_equivalence_key()
    {
        var offers = await OfferedFixes.ForEachDiagnosticAsync<UncheckedExportCallAnalyzer, CheckWithEnsurePermittedCodeFix>("""
            class C { void M(ExportPolicy policy, ExportRequest r) { Shipping.Ship(r); } }
            """);

        var offer = Assert.Single(Assert.Single(offers));
        Assert.Equal(("Check with EnsurePermitted", "PK0001.CheckWithEnsurePermitted"), offer);
    }

    // ---- not offered ---------------------------------------------------------------------------

    [Fact]
    public Task Not_offered_with_two_policies_in_scope() => NoFix("""
        class C
        {
            private readonly ExportPolicy _default = ExportPolicy.CreateDefault();
            void M(ExportPolicy strict, ExportRequest r) { [|Shipping.Ship(r)|]; }
        }
        """);

    [Fact]
    public Task Not_offered_without_a_policy() => NoFix("""
        class C { void M(ExportRequest r) { [|Shipping.Ship(r)|]; } }
        """);

    [Fact]
    public Task Not_offered_when_the_exported_request_is_not_a_variable() => NoFix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r) { [|Shipping.Ship(Next(r))|]; }
            static ExportRequest Next(ExportRequest r) => r;
        }
        """);

    [Fact]
    public Task Not_offered_with_two_requests_in_scope_and_none_passed() => NoFix("""
        class Export
        {
            [ExportFunction] public int Count => 1;
            void M(ExportPolicy policy, ExportRequest first, ExportRequest second) { _ = [|Count|]; }
        }
        """);

    [Fact]
    public Task Not_offered_in_a_static_method_where_the_policy_is_an_instance_field() => NoFix("""
        class C
        {
            private readonly ExportPolicy _policy = ExportPolicy.CreateDefault();
            static void M(ExportRequest r) { [|Shipping.Ship(r)|]; }
        }
        """);

    [Fact]
    public Task Not_offered_in_a_field_initializer() => NoFix("""
        class C
        {
            private static readonly ExportPolicy Policy = ExportPolicy.CreateDefault();
            private static readonly ExportRequest Request = null!;
            private static readonly int Count = [|Shipping.ShipAndCount(Request)|];
        }
        """);
}
