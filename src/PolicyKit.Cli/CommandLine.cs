using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>The options, flags and positional arguments of one command, in the order given.</summary>
internal sealed class CommandLine
{
    private readonly string _command;

    private CommandLine(string command, List<KeyValuePair<string, string>> options, HashSet<string> flags, List<string> positionals, bool help)
    {
        _command = command;
        Options = options;
        Flags = flags;
        Positionals = positionals;
        WantsHelp = help;
    }

    /// <summary>Options with values, without the leading <c>--</c>, in order (repeats kept).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; }
    public IReadOnlySet<string> Flags { get; }
    public IReadOnlyList<string> Positionals { get; }
    public bool WantsHelp { get; }

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>The value of an option that may be given at most once, or null.</summary>
    /// <exception cref="BadInputException">Given more than once.</exception>
    public string? Single(string option)
    {
        var values = Options.Where(o => o.Key == option).ToList();
        if (values.Count > 1) throw new BadInputException($"--{option}: is given more than once");
        return values.Count == 1 ? values[0].Value : null;
    }

    /// <summary>Fails on any argument that is not an option.</summary>
    /// <exception cref="BadInputException">There is one.</exception>
    public void RejectPositionals()
    {
        if (Positionals.Count > 0)
            throw new BadInputException($"'{Positionals[0]}': unexpected argument; 'policykit {_command}' takes only options (see 'policykit {_command} --help')");
    }

    /// <summary>Splits <paramref name="args"/> against the options a command knows.</summary>
    /// <remarks>
    /// Hand-written rather than System.CommandLine: every message must name the argument and fit one
    /// line, every mistake must exit with 2 (not the library's own codes or help dumps), and the
    /// <c>check</c> options must be exactly the <c>evaluate</c> columns, which a table of names expresses
    /// directly. Accepts <c>--name value</c>, <c>--name=value</c>, flags, <c>-h</c>/<c>--help</c>, and
    /// <c>--</c> to end options.
    /// </remarks>
    /// <exception cref="BadInputException">An unknown option, a missing value, or a value for a flag.</exception>
    public static CommandLine Parse(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var options = new List<KeyValuePair<string, string>>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        bool help = false, optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--") { optionsEnded = true; continue; }
            if (arg is "-h" or "--help") { help = true; continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new BadInputException($"{arg}: is not an option of 'policykit {command}'; options are spelt --name (see 'policykit {command} --help')");

            int equals = arg.IndexOf('=');
            string name = equals < 0 ? arg.Substring(2) : arg.Substring(2, equals - 2);
            string? inline = equals < 0 ? null : arg.Substring(equals + 1);
            if (flagOptions.Contains(name))
            {
                if (inline is not null) throw new BadInputException($"--{name}: takes no value");
                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string? value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
                if (value is null) throw new BadInputException($"--{name}: needs a value");
                options.Add(new(name, value));
            }
            else
            {
                throw new BadInputException($"--{name}: is not an option of 'policykit {command}' (see 'policykit {command} --help')");
            }
        }
        return new CommandLine(command, options, flags, positionals, help);
    }
}
