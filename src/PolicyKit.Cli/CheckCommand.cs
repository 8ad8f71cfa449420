using System;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary><c>policykit check</c>: decides one request given as options.</summary>
internal static class CheckCommand
{
    private const string Licence = "licence", Json = "json", Explain = "explain";

    // Every request field is an option of the same name, so check and evaluate cannot drift apart.
    private static readonly string[] ValueOptions = RequestFields.All.Append(Licence).ToArray();
    private static readonly string[] Flags = { Json, Explain };

    public static int Run(string[] args, CliContext cli)
    {
        var line = CommandLine.Parse("check", args, ValueOptions, Flags);
        if (line.WantsHelp)
        {
            cli.Out.Write(Usage.Check);
            return ExitCodes.Permitted;
        }
        line.RejectPositionals();

        var draft = new RequestDraft();
        ExportRequest request;
        try
        {
            foreach (var option in line.Options.Where(o => o.Key != Licence)) draft.Set(option.Key, option.Value);
            request = draft.Build(InputFiles.Licences(line.Single(Licence)));
        }
        catch (FieldException e)
        {
            throw new BadInputException($"--{e.Field}: {e.Message}");
        }

        var decision = ExportPolicy.CreateDefault().Evaluate(request);
        if (line.Has(Json)) new DecisionJson(cli.Out).WriteLine(decision, line: null, explain: line.Has(Explain));
        else cli.Out.Write(line.Has(Explain) ? decision.Explain() : decision.Summary + Environment.NewLine);
        return ExitCodes.Of(decision.Outcome);
    }
}
