using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyKit.Analyzers.Tests.TestSupport;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>
/// The one place the flow cases touch the harness. <see cref="Body"/> wraps statements in a method
/// <c>void M(ExportPolicy policy, ExportRequest r, ExportRequest r2)</c> of a class <c>C</c>, so short
/// cases stay short; <c>members</c> adds declarations (helpers, fields, async checks) to that class.
/// </summary>
internal static class Pk0001
{
    public const string Signature = "void M(ExportPolicy policy, ExportRequest r, ExportRequest r2)";

    public static Task<ImmutableArray<Diagnostic>> Verify(string markup) =>
        TestSupport.Verify.AnalyzerAsync<UncheckedExportCallAnalyzer>(markup);

    /// <summary>Verifies a console application, whose markup may start with top-level statements.</summary>
    public static Task TopLevel(string markup) =>
        TestSupport.Verify.AnalyzerAsync<UncheckedExportCallAnalyzer>(markup, TestOptions.Default with { OutputKind = OutputKind.ConsoleApplication });

    public static Task Body(string body, string signature = Signature, string members = "") =>
        Verify(InMethod(body, signature, members));

    public static string InMethod(string body, string signature = Signature, string members = "") =>
        "class C\n{\n" + members + "\n    " + signature + "\n    {\n" + body + "\n    }\n}\n";
}
