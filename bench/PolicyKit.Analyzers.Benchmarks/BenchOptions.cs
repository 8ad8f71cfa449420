using System;
using System.Collections.Generic;
using System.Globalization;

namespace PolicyKit.Analyzers.Benchmarks;

/// <summary>Command-line options: <c>[--runs N] [--warmup N] [--files N] [--quick] [--concurrent]</c>.</summary>
internal sealed class BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/PolicyKit.Analyzers.Benchmarks -- [options]
          --runs N       measured runs per configuration (default 5)
          --warmup N     warm-up runs per configuration, not measured (default 2)
          --files N      size of the generated code base in files (default 1000, about 119k lines)
          --quick        smoke check: 100 files, 1 warm-up, 1 run; results.md is not written
          --concurrent   concurrent build and analysis (default: single-threaded, for stable numbers)
          --save-code D  also write the generated code base (PolicyKit variant) and BannedSymbols.txt to folder D
        """;

    public int Runs { get; private set; } = 5;
    public int Warmups { get; private set; } = 2;
    public int Files { get; private set; } = 1000;
    public bool Quick { get; private set; }
    public bool Concurrent { get; private set; }
    public bool Help { get; private set; }

    /// <summary>Where to write the generated code for inspection (the report names files and lines), or null.</summary>
    public string? SaveCodeDirectory { get; private set; }

    /// <summary>The arguments as given, for the results header.</summary>
    public string CommandLine { get; private set; } = "";

    /// <summary>Parses the arguments; explicit --runs/--warmup/--files override what --quick sets.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions { CommandLine = string.Join(" ", args) };
        int? runs = null, warmups = null, files = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = Positive(args, ++i, allowZero: false); break;
                case "--warmup": warmups = Positive(args, ++i, allowZero: true); break;
                case "--files": files = Positive(args, ++i, allowZero: false); break;
                case "--quick": options.Quick = true; break;
                case "--concurrent": options.Concurrent = true; break;
                case "--save-code" when i + 1 < args.Count: options.SaveCodeDirectory = args[++i]; break;
                case "-h" or "--help": options.Help = true; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }
        if (options.Quick) (options.Runs, options.Warmups, options.Files) = (1, 1, 100);
        options.Runs = runs ?? options.Runs;
        options.Warmups = warmups ?? options.Warmups;
        options.Files = files ?? options.Files;
        return options;
    }

    private static int Positive(IReadOnlyList<string> args, int index, bool allowZero)
    {
        if (index >= args.Count || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (value == 0 && !allowZero))
        {
            throw new ArgumentException($"'{args[index - 1]}' needs a {(allowZero ? "non-negative" : "positive")} number.\n{Usage}");
        }
        return value;
    }
}
