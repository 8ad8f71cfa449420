using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyKit.Cli;

/// <summary>Writes decisions as JSON lines: one compact object per decision, fields always in the same order.</summary>
internal sealed class DecisionJson
{
    // Relaxed escaping keeps citations and explanations readable (no \u0027 for quotes); the output is
    // a data stream, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private readonly TextWriter _out;

    public DecisionJson(TextWriter output)
    {
        _out = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Writes one line: <c>line</c> (evaluate rows only), reference, outcome, permitted, asOf,
    /// rules, reliedOn, citations, problems, summary, and <c>explanation</c> when asked.</summary>
    public void WriteLine(Decision decision, int? line, bool explain)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        if (line is { } l) _json.WriteNumber("line", l);
        _json.WriteString("reference", decision.Request?.Reference);
        _json.WriteString("outcome", decision.Outcome.ToString());
        _json.WriteBoolean("permitted", decision.IsPermitted);
        _json.WriteString("asOf", decision.AsOf.ToString());
        _json.WriteStartArray("rules");
        foreach (var finding in decision.AppliedRules)
        {
            _json.WriteStartObject();
            _json.WriteString("id", finding.Rule.Id);
            _json.WriteString("title", finding.Rule.Title);
            _json.WriteString("effect", finding.Rule.EffectText);
            _json.WriteString("citation", string.Join("; ", finding.Rule.Citations));
            _json.WriteString("subject", finding.Subject?.Name);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        WriteStrings("reliedOn", decision.ReliedOn.Select(f => f.Rule.Id).Distinct());
        WriteStrings("citations", decision.Citations.Select(c => c.ToString()));
        WriteStrings("problems", decision.Problems.Select(p => p.ToString()));
        _json.WriteString("summary", decision.Summary);
        if (explain) _json.WriteString("explanation", decision.Explain());
        _json.WriteEndObject();
        _json.Flush();
        _out.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (string value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }
}
