using System;
using System.Collections.Generic;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// How a generated method guards (or fails to guard) its export call. Checked styles are the guard
/// forms PK0001 must accept on every path; unchecked styles are the mistakes it must report, from the
/// obvious (no check) to the flow-sensitive (check on one branch, denial swallowed by a catch).
/// </summary>
internal sealed class GuardStyle
{
    private readonly Action<ExportCallWriter> _write;

    private GuardStyle(string name, bool isChecked, Action<ExportCallWriter> write)
    {
        Name = name;
        IsChecked = isChecked;
        _write = write;
    }

    public string Name { get; }

    /// <summary>True when every path to the call passes a permitted check, so PK0001 must stay silent.</summary>
    public bool IsChecked { get; }

    public void Write(ExportCallWriter site) => _write(site);

    public override string ToString() => Name;

    public static readonly IReadOnlyList<GuardStyle> Checked =
    [
        new("EnsurePermitted", true, s =>
        {
            s.W.Line("_policy.EnsurePermitted(request);");
            s.Call();
        }),
        new("Evaluate, if (!IsPermitted) return", true, s =>
        {
            s.W.Line("var decision = _policy.Evaluate(request);");
            s.W.Open("if (!decision.IsPermitted)").Line(s.Audit("decision.Summary")).Line(ExportCallWriter.Fail).Close();
            s.Call();
        }),
        new("if (TryClear(out clearance))", true, s =>
        {
            s.W.Open("if (_policy.TryClear(request, out var clearance))").Line(s.Audit("clearance.Decision.Summary"));
            s.Call();
            s.W.Close();
        }),
        new("switch (decision.Outcome)", true, s =>
        {
            s.W.Line("var decision = _policy.Evaluate(request);");
            s.W.Open("switch (decision.Outcome)");
            s.W.Line("case Outcome.Permitted:");
            s.Indented(() => { s.Call(); s.W.Line("break;"); });
            s.W.Line("case Outcome.NeedsReview:");
            s.Indented(() => s.W.Line(s.Audit("\"needs review: \" + decision.Summary")).Line("break;"));
            s.W.Line("default:");
            s.Indented(() => s.W.Line(ExportCallWriter.Fail));
            s.W.Close();
        }),
        new("foreach + decision is { IsPermitted: true }", true, s =>
        {
            s.W.Open("foreach (var line in entity.Lines)");
            s.W.Open("if (line.Quantity <= 0)").Line("continue;").Close();
            s.W.Line("var decision = _policy.Evaluate(request);");
            s.W.Open("if (decision is { IsPermitted: true })");
            s.Call();
            s.W.Close();
            s.W.Close();
        }),
        new("try { EnsurePermitted; call } finally", true, s =>
        {
            s.W.Open("try").Line("_policy.EnsurePermitted(request);");
            s.Call();
            s.W.Close();
            s.W.Open("finally").Line(s.Audit("\"export attempt finished\"")).Close();
        }),
        new("[ExportCheck] guard", true, s =>
        {
            s.W.Open("if (!ComplianceGate.IsCleared(_policy, request))").Line(ExportCallWriter.Fail).Close();
            s.Call();
        }),
    ];

    public static readonly IReadOnlyList<GuardStyle> Unchecked =
    [
        new("no check", false, s => s.Call()),
        new("check on one branch only", false, s =>
        {
            s.W.Open("if (entity.IsPriority)").Line("_policy.EnsurePermitted(request);").Close();
            s.Call();
        }),
        new("decision never tested", false, s =>
        {
            s.W.Line("var decision = _policy.Evaluate(request);");
            s.W.Line(s.Audit("decision.Summary"));
            s.Call();
        }),
        new("check after the call", false, s =>
        {
            s.Call();
            s.W.Open("if (!_policy.Evaluate(request).IsPermitted)").Line(s.Audit("\"exported before the check said no\"")).Close();
        }),
        new("Evaluate result discarded", false, s =>
        {
            s.Expect(DiagnosticIds.DiscardedCheck);
            s.W.Line("_policy.Evaluate(request);");
            s.Call();
        }),
        new("denial swallowed by catch", false, s =>
        {
            s.W.Open("try").Line("_policy.EnsurePermitted(request);").Close();
            s.W.Open("catch (ExportDeniedException ex)").Line(s.Audit("ex.Message")).Close();
            s.Call();
        }),
    ];
}
