using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.CodeFixes;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.CodeFixes;

/// <summary>PK0001 fix: mark the calling member [ExportFunction], passing the obligation to its callers.</summary>
public sealed class AddExportFunctionAttributeCodeFixTests
{
    private static Task Fix(string before, string after, bool fixAll = false, TestOptions? options = null) =>
        Verify.CodeFixAsync<UncheckedExportCallAnalyzer, AddExportFunctionAttributeCodeFix>(before, after, fixAll: fixAll, options: options);

    private static Task NoFix(string markup, TestOptions? options = null) =>
        Verify.NoCodeFixAsync<UncheckedExportCallAnalyzer, AddExportFunctionAttributeCodeFix>(markup, options: options);

    // ---- what it does --------------------------------------------------------------------------

    [Fact]
    public Task Marks_the_method_below_its_documentation_with_its_indentation() => Fix("""
        class C
        {
            /// <summary>Ships.</summary>
            // Called by the nightly job.
            public void Send(ExportRequest r)
            {
                [|Shipping.Ship(r)|];
            }
        }
        """, """
        class C
        {
            /// <summary>Ships.</summary>
            // Called by the nightly job.
            [ExportFunction]
            public void Send(ExportRequest r)
            {
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Goes_after_existing_attributes_on_their_own_lines_or_on_the_same_line() => Fix("""
        class C
        {
            [Obsolete("old")]
            public void Send(ExportRequest r) => [|Shipping.Ship(r)|];

            [Obsolete("old")] public void SendInline(ExportRequest r) => [|Shipping.Ship(r)|];
        }
        """, """
        class C
        {
            [Obsolete("old")]
            [ExportFunction]
            public void Send(ExportRequest r) => Shipping.Ship(r);

            [Obsolete("old")] [ExportFunction] public void SendInline(ExportRequest r) => Shipping.Ship(r);
        }
        """, fixAll: true);

    [Fact]
    public Task An_accessor_marks_its_property() => Fix("""
        class C
        {
            private readonly ExportRequest _request;
            public C(ExportRequest request) { _request = request; }

            public int Shipped
            {
                get { return [|Shipping.ShipAndCount(_request)|]; }
            }
        }
        """, """
        class C
        {
            private readonly ExportRequest _request;
            public C(ExportRequest request) { _request = request; }

            [ExportFunction]
            public int Shipped
            {
                get { return Shipping.ShipAndCount(_request); }
            }
        }
        """);

    // The call to the local function is checked, so marking the local function leaves nothing to report.
    [Fact]
    public Task A_call_in_a_local_function_marks_the_local_function_not_the_method() => Fix("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                Send();

                void Send()
                {
                    [|Shipping.Ship(r)|];
                }
            }
        }
        """, """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                Send();

                [ExportFunction]
                void Send()
                {
                    Shipping.Ship(r);
                }
            }
        }
        """);

    [Fact]
    public Task Marks_a_constructor() => Fix("""
        class Shipment
        {
            public Shipment(ExportRequest r) => [|Shipping.Ship(r)|];
        }
        """, """
        class Shipment
        {
            [ExportFunction]
            public Shipment(ExportRequest r) => Shipping.Ship(r);
        }
        """);

    [Fact]
    public Task Fix_all_marks_each_member_once_however_many_calls_it_has() => Fix("""
        class C
        {
            void Twice(ExportRequest r)
            {
                [|Shipping.Ship(r)|];
                [|Shipping.Ship(r)|];
            }

            async Task Later(ExportRequest r)
            {
                await [|Shipping.ShipAsync(r)|];
                [|Shipping.Ship(r)|];
            }
        }
        """, """
        class C
        {
            [ExportFunction]
            void Twice(ExportRequest r)
            {
                Shipping.Ship(r);
                Shipping.Ship(r);
            }

            [ExportFunction]
            async Task Later(ExportRequest r)
            {
                await Shipping.ShipAsync(r);
                Shipping.Ship(r);
            }
        }
        """, fixAll: true);

    [Fact]
    public Task Fix_all_marks_a_local_function_and_its_method_each_once() => Fix("""
        class C
        {
            void M(ExportRequest r)
            {
                [|Shipping.Ship(r)|];
                Again();
                void Again() => [|Shipping.Ship(r)|];
            }
        }
        """, """
        class C
        {
            [ExportFunction]
            void M(ExportRequest r)
            {
                Shipping.Ship(r);
                Again();
                [ExportFunction]
                void Again() => Shipping.Ship(r);
            }
        }
        """, fixAll: true);

    // ---- imports -------------------------------------------------------------------------------

    private static readonly TestOptions WithoutPrelude = TestOptions.Default with { IncludePrelude = false };

    [Fact]
    public Task Adds_using_PolicyKit_when_the_namespace_is_not_imported() => Fix("""
        using System;

        namespace App
        {
            class C
            {
                [PolicyKit.ExportFunction] static void Ship(PolicyKit.ExportRequest r) { }

                void M(PolicyKit.ExportRequest r)
                {
                    [|Ship(r)|];
                }
            }
        }
        """, """
        using System;
        using PolicyKit;

        namespace App
        {
            class C
            {
                [PolicyKit.ExportFunction] static void Ship(PolicyKit.ExportRequest r) { }

                [ExportFunction]
                void M(PolicyKit.ExportRequest r)
                {
                    Ship(r);
                }
            }
        }
        """, options: WithoutPrelude);

    [Fact]
    public Task Needs_no_using_inside_a_PolicyKit_namespace() => Fix("""
        namespace PolicyKit.Shipping;

        class C
        {
            [ExportFunction] static void Ship(ExportRequest r) { }

            void M(ExportRequest r)
            {
                [|Ship(r)|];
            }
        }
        """, """
        namespace PolicyKit.Shipping;

        class C
        {
            [ExportFunction] static void Ship(ExportRequest r) { }

            [ExportFunction]
            void M(ExportRequest r)
            {
                Ship(r);
            }
        }
        """, options: WithoutPrelude);

    [Fact]
    public Task Stays_qualified_when_another_ExportFunction_attribute_is_in_scope() => Fix("""
        namespace Legacy { public sealed class ExportFunctionAttribute : System.Attribute { } }

        namespace App
        {
            using Legacy;

            class C
            {
                void M(ExportRequest r)
                {
                    [|Shipping.Ship(r)|];
                }
            }
        }
        """, """
        namespace Legacy { public sealed class ExportFunctionAttribute : System.Attribute { } }

        namespace App
        {
            using Legacy;

            class C
            {
                [PolicyKit.ExportFunction]
                void M(ExportRequest r)
                {
                    Shipping.Ship(r);
                }
            }
        }
        """);

    [Fact]
    public async Task Keeps_the_documents_line_endings_also_in_an_added_using()
    {
        var source = "namespace App\r\n{\r\n    class C\r\n    {\r\n        [PolicyKit.ExportFunction] static void Ship() { }\r\n"
            + "        void M()\r\n        {\r\n            Ship();\r\n        }\r\n    }\r\n}\r\n";

        var text = await OfferedFixes.FixedTextAsync<UncheckedExportCallAnalyzer, AddExportFunctionAttributeCodeFix>(source, WithoutPrelude);

        Assert.Contains("using PolicyKit;\r\n", text);
        Assert.Contains("        [ExportFunction]\r\n        void M()\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    // ---- title ---------------------------------------------------------------------------------

    [Fact]
    public async Task The_title_names_the_member_that_gets_the_attribute()
    {
        var offers = await OfferedFixes.ForEachDiagnosticAsync<UncheckedExportCallAnalyzer, AddExportFunctionAttributeCodeFix>("""
            class C
            {
                private readonly ExportRequest _r = null!;
                void Send() => Shipping.Ship(_r);
                int Count { get => Shipping.ShipAndCount(_r); }
                C(ExportRequest r) { Shipping.Ship(r); }
                void Outer() { Inner(); void Inner() => Shipping.Ship(_r); }
            }
            """);

        Assert.Equal(
            new[] { "Send", "Count", "C", "Inner" }.Select(name => $"Add [ExportFunction] to '{name}'"),
            offers.Select(o => Assert.Single(o).Title));
        Assert.All(offers, o => Assert.Equal(AddExportFunctionAttributeCodeFix.EquivalenceKey, o[0].Key));
        Assert.Equal("PK0001.AddExportFunctionAttribute", AddExportFunctionAttributeCodeFix.EquivalenceKey);
    }

    // ---- not offered ---------------------------------------------------------------------------

    [Fact]
    public Task Not_offered_in_a_lambda() => NoFix("""
        class C
        {
            void M(ExportRequest r)
            {
                Action later = () => [|Shipping.Ship(r)|];
                later();
            }
        }
        """);

    [Fact]
    public Task Not_offered_in_a_field_initializer() => NoFix("""
        class C
        {
            private static readonly ExportRequest Request = null!;
            private readonly int _count = [|Shipping.ShipAndCount(Request)|];
        }
        """);

    [Fact]
    public Task Not_offered_in_top_level_statements() => NoFix("""
        ExportRequest r = null!;
        [|Shipping.Ship(r)|];
        """, TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Not_offered_in_a_static_constructor_which_nobody_calls() => NoFix("""
        class C
        {
            private static readonly ExportRequest Request = null!;
            static C() { [|Shipping.Ship(Request)|]; }
        }
        """);
}
