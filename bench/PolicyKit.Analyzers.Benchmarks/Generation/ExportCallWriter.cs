using System;
using System.Collections.Generic;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// What a <see cref="GuardStyle"/> writes with: the writer, the export function, and the line of the
/// call and of any other diagnostic the style provokes.
/// </summary>
internal sealed class ExportCallWriter
{
    /// <summary>The statement that leaves an export method without exporting (all export methods return bool).</summary>
    public const string Fail = "return false;";

    private readonly ExportFunction _function;
    private readonly string _entityName;
    private readonly string _idExpression;
    private readonly List<(string Id, int Line)> _expectations = [];

    public ExportCallWriter(CodeWriter writer, ExportFunction function, string entityName, string idExpression)
    {
        W = writer;
        _function = function;
        _entityName = entityName;
        _idExpression = idExpression;
    }

    public CodeWriter W { get; }

    /// <summary>The line of the export call, once written.</summary>
    public int CallLine { get; private set; }

    /// <summary>Diagnostics the style provokes besides those on the call itself (e.g. PK0002 on a discarded check).</summary>
    public IReadOnlyList<(string Id, int Line)> OtherExpectations => _expectations;

    /// <summary>Writes the export call and marks the export as done.</summary>
    public void Call()
    {
        if (CallLine != 0) throw new InvalidOperationException("A guard style writes exactly one export call.");
        CallLine = W.NextLineNumber;
        W.Line(_function.CallStatement()).Line("released = true;");
    }

    /// <summary>Expects diagnostic <paramref name="id"/> on the next line written.</summary>
    public void Expect(string id) => _expectations.Add((id, W.NextLineNumber));

    /// <summary>An audit statement (ordinary code around the check).</summary>
    public string Audit(string messageExpression) => $"_audit.Write(\"{_entityName}\", {_idExpression}, {messageExpression});";

    /// <summary>Writes statements one level deeper without braces (switch sections).</summary>
    public void Indented(Action write)
    {
        W.Indent();
        write();
        W.Outdent();
    }
}
