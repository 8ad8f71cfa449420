using System;
using System.IO;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> tool as a function of its arguments, so tests can run it in-process.</summary>
public static class CliApp
{
    /// <summary>Runs one command without a progress bar.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, showProgress: false);

    /// <summary>Runs one command.</summary>
    /// <param name="args">The command and its arguments.</param>
    /// <param name="stdout">Results.</param>
    /// <param name="stderr">Messages, and the progress bar.</param>
    /// <param name="showProgress">Whether <paramref name="stderr"/> is a terminal that can show a progress bar.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cli = new CliContext(stdout, stderr, showProgress);
        try
        {
            if (args.Length == 0)
            {
                stderr.Write(Usage.Main);
                return ExitCodes.BadInput;
            }
            string[] rest = args.Skip(1).ToArray();
            switch (args[0])
            {
                case "check": return CheckCommand.Run(rest, cli);
                case "evaluate": return EvaluateCommand.Run(rest, cli);
                case "rules": return RulesCommand.Run(rest, cli);
                case "help" or "-h" or "--help":
                    stdout.Write(Usage.Main);
                    return ExitCodes.Permitted;
                default:
                    throw new BadInputException($"'{args[0]}': is not a command; expected check, evaluate or rules (see 'policykit --help')");
            }
        }
        catch (BadInputException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // A bug or a broken environment, not a verdict: say so in one line unless asked for the details.
            stderr.WriteLine(Environment.GetEnvironmentVariable("POLICYKIT_DEBUG") == "1"
                ? $"policykit: unexpected error: {e}"
                : $"policykit: unexpected error: {e.Message} (set POLICYKIT_DEBUG=1 for details)");
            return ExitCodes.Failure;
        }
    }
}
