using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary><c>policykit evaluate FILE</c>: decides every request of a CSV, JSON or JSON-lines file.</summary>
/// <remarks>The whole file is read and every row validated before anything is decided or printed, so a
/// bad row never leaves half a report behind.</remarks>
internal static class EvaluateCommand
{
    private const string Licence = "licence", Json = "json", Explain = "explain";
    private const int ProgressThreshold = 1000;

    public static int Run(string[] args, CliContext cli)
    {
        var line = CommandLine.Parse("evaluate", args, new[] { Licence }, new[] { Json, Explain });
        if (line.WantsHelp)
        {
            cli.Out.Write(Usage.Evaluate);
            return ExitCodes.Permitted;
        }
        if (line.Positionals.Count != 1)
            throw new BadInputException(line.Positionals.Count == 0
                ? "FILE: is required; 'policykit evaluate FILE' takes a .csv, .json or .jsonl file"
                : $"'{line.Positionals[1]}': unexpected argument; 'policykit evaluate' takes one FILE");
        string path = line.Positionals[0];

        var licences = InputFiles.Licences(line.Single(Licence));
        var requests = Validate(path, RequestFile.Read(path), licences);
        var decisions = Decide(requests, cli);

        if (line.Has(Json))
        {
            var json = new DecisionJson(cli.Out);
            foreach (var (row, decision) in decisions) json.WriteLine(decision, row, line.Has(Explain));
        }
        else
        {
            WriteTable(decisions, cli);
            if (line.Has(Explain))
                foreach (var (row, decision) in decisions)
                {
                    cli.Out.WriteLine();
                    cli.Out.WriteLine($"{Reference(row, decision)}:");
                    cli.Out.Write(decision.Explain());
                }
        }
        return ExitCodes.Of(decisions.Select(d => d.Decision.Outcome));
    }

    private static List<(int Line, ExportRequest Request)> Validate(string path, IReadOnlyList<RequestRow> rows, IReadOnlyList<Licence> licences)
    {
        var requests = new List<(int, ExportRequest)>(rows.Count);
        foreach (var row in rows)
        {
            var draft = new RequestDraft();
            foreach (var cell in row.Cells)
            {
                try { draft.Set(cell.Field, cell.Text); }
                catch (FieldException e) { throw BadInputException.InFile(path, cell.Line, e.Field, e.Message); }
            }
            try { requests.Add((row.Line, draft.Build(licences))); }
            catch (FieldException e) { throw BadInputException.InFile(path, row.Line, e.Field, e.Message); }
        }
        return requests;
    }

    private static List<(int Line, Decision Decision)> Decide(List<(int Line, ExportRequest Request)> requests, CliContext cli)
    {
        var policy = ExportPolicy.CreateDefault();
        var decisions = new List<(int, Decision)>(requests.Count);
        using var progress = cli.ShowProgress && requests.Count > ProgressThreshold ? new ProgressBar(cli.Error, requests.Count, "evaluating") : null;
        foreach (var (row, request) in requests)
        {
            decisions.Add((row, policy.Evaluate(request)));
            progress?.Report(decisions.Count);
        }
        return decisions;
    }

    private static void WriteTable(List<(int Line, Decision Decision)> decisions, CliContext cli)
    {
        var table = new TextTable("REF", "DATE", "PARTY", "ITEM", "ACTIVITY", "OUTCOME", "BECAUSE");
        foreach (var (row, decision) in decisions)
        {
            var request = decision.Request!;
            table.Add(Reference(row, decision), request.Date.ToString(), string.Join("; ", request.Parties.Select(p => p.Name)),
                request.Item.ToString(), request.Activity.Name, decision.Outcome.ToString(), DecisionText.Basis(decision, nameEveryParty: false));
        }
        table.WriteTo(cli.Out);
    }

    // The row's own reference when it has one, else its line, so every row can be found in the file.
    private static string Reference(int line, Decision decision) => decision.Request?.Reference ?? $"line {line}";
}
