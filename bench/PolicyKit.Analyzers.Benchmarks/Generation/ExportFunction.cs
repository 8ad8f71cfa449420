using System.Collections.Generic;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// An [ExportFunction] method the generated code base declares and calls. One description drives the
/// declaration, every call site and the BannedSymbols.txt line, so the three cannot drift apart.
/// </summary>
/// <param name="Namespace">The containing namespace, e.g. <c>Acme.Shipping</c>.</param>
/// <param name="TypeName">The containing type; static types are called by type name, others through a service field.</param>
/// <param name="IsStatic">Static class and method, or an instance injected into each service.</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="TextParameter">The name of a second, string parameter, or null.</param>
/// <param name="EntityProperty">The entity property passed as that string.</param>
/// <param name="IsAsync">Returns a Task and is awaited: only called from async methods.</param>
/// <param name="Summary">What the call does, for its documentation comment.</param>
internal sealed record ExportFunction(
    string Namespace, string TypeName, bool IsStatic, string MethodName,
    string? TextParameter, string? EntityProperty, bool IsAsync, string Summary)
{
    /// <summary>The export functions of the generated code base (after the examples in issue 3).</summary>
    public static readonly IReadOnlyList<ExportFunction> All =
    [
        new("Acme.Shipping", "Carrier", true, "Ship", null, null, false, "Hands goods to the freight carrier: they leave the country."),
        new("Acme.Portal", "FileShare", false, "Release", "path", "DocumentPath", false, "Makes a document downloadable by the customer's staff abroad."),
        new("Acme.Support", "TechnicalData", true, "SendAsync", "recipient", "ContactEmail", true, "E-mails technical data to a recipient."),
        new("Acme.Cloud", "Replication", true, "Mirror", "region", "Region", false, "Copies the customer's data set to a data centre in another region."),
    ];

    /// <summary>The service field through which an instance export function is called.</summary>
    public string FieldName => "_" + char.ToLowerInvariant(TypeName[0]) + TypeName.Substring(1);

    /// <summary>The call statement inside a service method whose locals include <c>request</c> and <c>entity</c>.</summary>
    public string CallStatement()
    {
        var receiver = IsStatic ? TypeName : FieldName;
        var arguments = TextParameter is null ? "request" : $"request, entity.{EntityProperty}";
        var call = $"{receiver}.{MethodName}({arguments})";
        return IsAsync ? $"await {call}.ConfigureAwait(false);" : call + ";";
    }

    /// <summary>The documentation comment id, as BannedSymbols.txt and PolicyKit.ExportFunctions.txt expect it.</summary>
    public string DocumentationId(GuardApi api) =>
        $"M:{Namespace}.{TypeName}.{MethodName}({api.Namespace}.ExportRequest{(TextParameter is null ? "" : ",System.String")})";

    /// <summary>The declaring file: a small integration class around the one export function.</summary>
    public GeneratedFile Declaration(GuardApi api)
    {
        var w = new CodeWriter($"{Namespace.Replace('.', '/')}/{TypeName}.cs");
        w.Line("using System;").Line("using System.Threading.Tasks;").Line($"using {api.Namespace};").Line();
        w.Line($"namespace {Namespace};").Line();
        w.Line($"/// <summary>Integration with the {TypeName} system.</summary>");
        w.Open(IsStatic ? $"public static class {TypeName}" : $"public sealed class {TypeName}");
        var modifiers = IsStatic ? "public static" : "public";
        var parameters = TextParameter is null ? "ExportRequest request" : $"ExportRequest request, string {TextParameter}";
        w.Method(Summary, $"{modifiers} {(IsAsync ? "async Task" : "void")} {MethodName}({parameters})", body =>
        {
            body.Line("ArgumentNullException.ThrowIfNull(request);");
            if (IsAsync) body.Line("await Task.Yield();");
            body.Line($"Console.WriteLine(\"{TypeName}.{MethodName}: \" + (request.Reference ?? \"(no reference)\"));");
        }, attribute: "[ExportFunction]");
        w.Close();
        return GeneratedFile.From(w);
    }
}
