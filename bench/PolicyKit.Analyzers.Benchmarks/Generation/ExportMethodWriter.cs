using System;
using System.Collections.Generic;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// Writes export methods into services: loads the entity, builds the <c>ExportRequest</c>, and calls one
/// export function under a guard style (checked with probability <see cref="CheckedShare"/>). Records
/// every call site and the diagnostics it should cause.
/// </summary>
internal sealed class ExportMethodWriter
{
    private static readonly string[] NameSuffixes = ["", "ToPartner", "Express", "ForRegion", "Again", "Manually", "Scheduled", "OnRequest"];

    private readonly Random _random;
    private readonly GuardApi _api;
    private readonly List<ExportCallSite> _callSites = [];
    private readonly List<ExpectedDiagnostic> _expected = [];
    private readonly Dictionary<string, int> _methodsPerService = [];

    public ExportMethodWriter(Random random, GuardApi api, double checkedShare)
    {
        _random = random;
        _api = api;
        CheckedShare = checkedShare;
    }

    public double CheckedShare { get; }
    public IReadOnlyList<ExportCallSite> CallSites => _callSites;
    public IReadOnlyList<ExpectedDiagnostic> Expected => _expected;

    public void Write(CodeWriter w, EntityModel e)
    {
        var function = ExportFunction.All[_random.Next(ExportFunction.All.Count)];
        var isAsync = function.IsAsync || _random.Next(2) == 0;
        var styles = _random.NextDouble() < CheckedShare ? GuardStyle.Checked : GuardStyle.Unchecked;
        var style = styles[_random.Next(styles.Count)];
        var name = MethodName(w.Path, function, e);
        var idExpression = isAsync ? "id" : "entity.Id";
        var site = new ExportCallWriter(w, function, e.Name, idExpression);

        var signature = isAsync
            ? $"public async Task<bool> {name}Async(Guid id, CancellationToken cancellationToken = default)"
            : $"public bool {name}({e.Name} entity)";
        w.Method($"{function.Summary} Returns whether it did.", signature, body =>
        {
            if (isAsync)
            {
                body.Line("var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);");
                body.Open("if (entity is null)").Line(site.Audit("\"not found\"")).Line(ExportCallWriter.Fail).Close();
            }
            else
            {
                body.Line("ArgumentNullException.ThrowIfNull(entity);");
            }
            body.Line($"var request = ExportRequests.For(entity.Reference, entity.DestinationCountry, entity.Amount > {e.Threshold}m, DateTime.UtcNow);");
            body.Line("var released = false;");
            style.Write(site);
            body.Line(site.Audit("released ? \"released\" : \"held\""));
            body.Line("return released;");
        });
        Record(w.Path, style, site);
    }

    private void Record(string path, GuardStyle style, ExportCallWriter site)
    {
        if (site.CallLine == 0) throw new InvalidOperationException($"Guard style '{style}' wrote no export call.");
        _callSites.Add(new ExportCallSite(path, site.CallLine, style));
        // BannedApiAnalyzers reports every use of a banned symbol; PK0001 only the unchecked ones, and
        // PolicyKit's analyzers nothing at all when the code base does not reference PolicyKit.
        _expected.Add(new ExpectedDiagnostic(Ids.BannedApi, path, site.CallLine, style.Name));
        if (!_api.ReferencesPolicyKit) return;
        if (!style.IsChecked) _expected.Add(new ExpectedDiagnostic(DiagnosticIds.UncheckedExportCall, path, site.CallLine, style.Name));
        foreach (var (id, line) in site.OtherExpectations) _expected.Add(new ExpectedDiagnostic(id, path, line, style.Name));
    }

    /// <summary>A verb from the export function plus the entity name, with a suffix that keeps it unique in its service.</summary>
    private string MethodName(string path, ExportFunction function, EntityModel e)
    {
        var verb = function.MethodName.EndsWith("Async", StringComparison.Ordinal) ? "SendDataFor" : function.MethodName;
        _methodsPerService.TryGetValue(path, out var index);
        _methodsPerService[path] = index + 1;
        var suffix = index < NameSuffixes.Length ? NameSuffixes[index] : "Variant" + index;
        return verb + e.Name + suffix;
    }
}
