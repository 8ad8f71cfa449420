using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyKit.Cli;

/// <summary><c>policykit rules</c>: lists the built-in rules, or those in force on a date.</summary>
internal static class RulesCommand
{
    private const string Date = "date", Json = "json";
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, CliContext cli)
    {
        var line = CommandLine.Parse("rules", args, new[] { Date }, new[] { Json });
        if (line.WantsHelp)
        {
            cli.Out.Write(Usage.Rules);
            return ExitCodes.Permitted;
        }
        line.RejectPositionals();
        CalendarDate? date = null;
        if (line.Single(Date) is { } text)
        {
            try { date = Vocabulary.Date(text); }
            catch (FormatException e) { throw new BadInputException($"--{Date}: {e.Message}"); }
        }

        var rules = ExportPolicy.CreateDefault().Rules.Where(r => date is not { } d || r.IsInForce(d)).ToList();
        if (line.Has(Json))
        {
            foreach (var rule in rules) cli.Out.WriteLine(ToJson(rule));
            return ExitCodes.Permitted;
        }
        var table = new TextTable("ID", "EFFECT", "IN FORCE", "CITATIONS");
        foreach (var rule in rules) table.Add(rule.Id, rule.EffectText, rule.Window.ToString(), string.Join("; ", rule.Citations));
        table.WriteTo(cli.Out);
        return ExitCodes.Permitted;
    }

    private static string ToJson(Rule rule)
    {
        var window = rule.Window;
        // An anonymous type: serialised compactly, properties in declaration order.
        var json = new
        {
            id = rule.Id,
            title = rule.Title,
            effect = rule.EffectText,
            from = window.From == CalendarDate.MinValue ? null : window.From.ToString(),
            through = window.Through?.ToString(),
            citations = rule.Citations.Select(c => c.ToString()).ToArray(),
            covers = rule.Covers.ToArray(),
        };
        return JsonSerializer.Serialize(json, JsonOptions);
    }
}
