using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>
/// PolicyKit.ExportFunctions.txt (third-party export functions for PK0001, and PK0005 for its bad lines),
/// and the ordinary ways to configure and suppress PK0001: .editorconfig severities, [SuppressMessage]
/// and #pragma.
/// </summary>
public sealed class ConfigurationTests
{
    private const string FileName = "PolicyKit.ExportFunctions.txt";

    /// <summary>A vendor's client, simulated in source: the application cannot mark it [ExportFunction].</summary>
    private const string Erp = """
        namespace Acme.Erp
        {
            public class ErpClient
            {
                public ErpClient() { }
                public void Ship(string order) { }
                public void Ship(string order, int copies) { }
                public static void Cancel(string order) { }
                public string Name => "";
                internal void Audit() { }
                public override string ToString() => "ERP client";
                public override bool Equals(object? obj) => ReferenceEquals(this, obj);
                public override int GetHashCode() => 0;
            }
        }

        """;

    private static Task<ImmutableArray<Diagnostic>> Pk0001(string markup, string? exportFunctions = null, string? editorConfig = null) =>
        Verify.AnalyzerAsync<UncheckedExportCallAnalyzer>(Erp + markup, TestOptions.Default with
        {
            EditorConfig = editorConfig,
            AdditionalFiles = exportFunctions is null ? Array.Empty<(string, string)>() : new[] { (FileName, exportFunctions) },
        });

    // ---- PolicyKit.ExportFunctions.txt: members ------------------------------------------------

    [Fact]
    public Task A_method_named_by_its_id_is_an_export_function() => Pk0001("""
        class C { void M(Acme.Erp.ErpClient client) { [|client.Ship("1")|]; client.Ship("1", 2); } }
        """, "M:Acme.Erp.ErpClient.Ship(System.String)");

    [Fact]
    public Task Without_the_file_the_vendor_method_is_not_an_export_function() => Pk0001("""
        class C { void M(Acme.Erp.ErpClient client) { client.Ship("1"); } }
        """);

    [Fact]
    public Task A_file_with_another_name_is_not_read() => Verify.AnalyzerAsync<UncheckedExportCallAnalyzer>(Erp + """
        class C { void M(Acme.Erp.ErpClient client) { client.Ship("1"); } }
        """, ("ExportFunctions.txt", "M:Acme.Erp.ErpClient.Ship(System.String)\nnot an id"));

    [Fact]
    public Task A_configured_export_function_is_covered_by_a_check_like_any_other() => Pk0001("""
        class C
        {
            void M(ExportPolicy policy, ExportRequest r, Acme.Erp.ErpClient client)
            {
                policy.EnsurePermitted(r);
                client.Ship("1");
            }
        }
        """, "M:Acme.Erp.ErpClient.Ship(System.String)");

    [Fact]
    public Task A_property_named_by_its_id_is_an_export_function() => Pk0001("""
        class C { string M(Acme.Erp.ErpClient client) => [|client.Name|]; }
        """, "P:Acme.Erp.ErpClient.Name");

    [Fact]
    public Task Comments_blanks_and_ids_that_name_nothing_are_accepted() => Pk0001("""
        class C { void M(Acme.Erp.ErpClient client) { [|client.Ship("1")|]; } }
        """, """
        # Export functions of the ERP client

           M:Acme.Erp.ErpClient.Ship(System.String)   # ships goods
        M:Acme.Erp.NotThere.Ship(System.String)
        T:Acme.Transfer.TransferClient
        """);

    // ---- PolicyKit.ExportFunctions.txt: types --------------------------------------------------

    [Fact]
    public Task A_type_makes_every_public_method_and_property_an_export_function() => Pk0001("""
        class C
        {
            void M(Acme.Erp.ErpClient client)
            {
                [|client.Ship("1")|];
                [|client.Ship("1", 2)|];
                [|Acme.Erp.ErpClient.Cancel("1")|];
                var name = [|client.Name|];
            }
        }
        """, "T:Acme.Erp.ErpClient");

    [Fact]
    public Task A_type_does_not_make_constructors_object_overrides_or_internal_members_export_functions() => Pk0001("""
        namespace Acme.Erp
        {
            class Inside { void M(ErpClient client) => client.Audit(); }
        }
        class C
        {
            void M(Acme.Erp.ErpClient client)
            {
                var fresh = new Acme.Erp.ErpClient();
                var text = client.ToString();
                var same = client.Equals(fresh);
                var hash = client.GetHashCode();
                var type = client.GetType();
            }
        }
        """, "T:Acme.Erp.ErpClient");

    // ---- PK0005 --------------------------------------------------------------------------------

    [Fact]
    public Task Lines_that_are_not_documentation_comment_ids_are_reported_where_they_are() => Pk0001("""
        class C { }
        """, """
        # vendor functions
        M:Acme.Erp.ErpClient.Ship(System.String)
        {|PK0005:Acme.Erp.ErpClient.Ship|}
           {|PK0005:X:Acme.Erp.ErpClient|}   # unknown prefix, after blanks
        {|PK0005:m:Acme.Erp.ErpClient.Ship(System.String)|}
        {|PK0005:M:|}
        {|PK0005:F:Acme.Erp.ErpClient.Name|}
        {|PK0005:ErpClient|}# comment right after the id

        P:Acme.Erp.ErpClient.Name
        """);

    [Fact]
    public Task Only_the_bad_lines_are_reported_and_the_good_ones_still_apply() => Pk0001("""
        class C { void M(Acme.Erp.ErpClient client) { [|client.Ship("1")|]; } }
        """, """
        {|PK0005:Ship|}
        M:Acme.Erp.ErpClient.Ship(System.String)
        """);

    [Fact]
    public async Task PK0005_points_into_the_additional_file_by_path_and_line()
    {
        var reported = await Pk0001("class C { }", "# first\n\n  {|PK0005:Acme.Erp.Ship|}  # third line\n");

        var span = Assert.Single(reported).Location.GetLineSpan();
        Assert.EndsWith(FileName, span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(2, span.StartLinePosition.Character);
        Assert.Equal(2 + "Acme.Erp.Ship".Length, span.EndLinePosition.Character);
    }

    [Fact]
    public Task Windows_line_endings_do_not_end_up_in_the_span() => Pk0001("""
        class C { }
        """, "M:Acme.Erp.ErpClient.Ship(System.String)\r\n{|PK0005:Acme.Erp.Ship|}\r\n# done\r\n");

    [Fact]
    public Task A_valid_file_reports_nothing() => Pk0001("""
        class C { }
        """, """
        # nothing wrong here
        M:Acme.Erp.ErpClient.Ship(System.String)

        P:Acme.Erp.ErpClient.Name # the gateway
        T:Acme.Erp.ErpClient
        """);

    // ---- severity and suppression of PK0001 ----------------------------------------------------

    private const string UncheckedShip = """
        class C { void M(ExportRequest r) { [|Shipping.Ship(r)|]; } }
        """;

    [Fact]
    public async Task PK0001_is_a_warning_by_default()
    {
        var reported = await Pk0001(UncheckedShip);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(reported).Severity);
    }

    [Theory]
    [InlineData("[*.cs]\ndotnet_diagnostic.PK0001.severity = none")]
    [InlineData("dotnet_diagnostic.PK0001.severity = none")] // global configuration
    public async Task Severity_none_silences_PK0001(string editorConfig)
    {
        var reported = await Pk0001(UncheckedShip.Replace("[|", "").Replace("|]", ""), editorConfig: editorConfig);

        Assert.Empty(reported);
    }

    [Fact]
    public async Task Severity_error_makes_PK0001_an_error()
    {
        var reported = await Pk0001(UncheckedShip, editorConfig: "[*.cs]\ndotnet_diagnostic.PK0001.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(reported).Severity);
    }

    [Fact]
    public async Task Severity_error_for_PK0005_applies_to_the_additional_file_through_global_configuration()
    {
        var reported = await Pk0001("class C { }", "{|PK0005:Ship|}", editorConfig: "dotnet_diagnostic.PK0005.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(reported).Severity);
    }

    [Fact]
    public async Task SuppressMessage_suppresses_PK0001()
    {
        var reported = await Pk0001("""
            class C
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("PolicyKit.ExportControl", "PK0001:Export function called without a permitted policy check on every path", Justification = "Own warehouse")]
                void M(ExportRequest r) { Shipping.Ship(r); }

                void N(ExportRequest r) { [|Shipping.Ship(r)|]; }
            }
            """);

        AssertSuppressedOnce(reported, "Shipping.Ship(r)");
    }

    [Fact]
    public async Task SuppressMessage_with_the_bare_id_suppresses_PK0001()
    {
        var reported = await Pk0001("""
            class C
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("PolicyKit.ExportControl", "PK0001", Justification = "Own warehouse")]
                void M(ExportRequest r) { Shipping.Ship(r); }
            }
            """);

        AssertSuppressedOnce(reported, "Shipping.Ship(r)");
    }

    [Fact]
    public async Task Pragma_suppresses_PK0001_until_it_is_restored()
    {
        var reported = await Pk0001("""
            class C
            {
                void M(ExportRequest r)
                {
            #pragma warning disable PK0001 // Own warehouse
                    Shipping.Ship(r);
            #pragma warning restore PK0001
                    [|Shipping.Ship(r)|];
                }
            }
            """);

        AssertSuppressedOnce(reported, "Shipping.Ship(r)");
    }

    /// <summary>The analyzer reported the call (so the test is not vacuous) and Roslyn suppressed it.</summary>
    private static void AssertSuppressedOnce(ImmutableArray<Diagnostic> reported, string code)
    {
        var suppressed = Assert.Single(reported, d => d.IsSuppressed);
        Assert.Equal(DiagnosticIds.UncheckedExportCall, suppressed.Id);
        Assert.Equal(code, suppressed.Location.SourceTree!.GetText().ToString(suppressed.Location.SourceSpan));
    }
}
