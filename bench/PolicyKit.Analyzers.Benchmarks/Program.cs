using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using PolicyKit.Analyzers.Benchmarks;
using PolicyKit.Analyzers.Benchmarks.Compiling;
using PolicyKit.Analyzers.Benchmarks.Generation;
using PolicyKit.Analyzers.Benchmarks.Measuring;
using PolicyKit.Analyzers.Benchmarks.Reporting;

// The analyzer performance harness of issue 3; README.md explains what is measured and how to read it.
return await Bench.RunAsync(args);

internal static class Bench
{
    public static async Task<int> RunAsync(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        var started = DateTimeOffset.UtcNow;

        Console.WriteLine($"Generating about {options.Files} files (seed {CodeBaseGenerator.DefaultSeed})…");
        var generator = new CodeBaseGenerator();
        var stopwatch = Stopwatch.StartNew();
        var withPolicyKit = new GeneratedProject(generator.Generate(options.Files, GuardApi.PolicyKit), options.Concurrent);
        var withoutPolicyKit = new GeneratedProject(generator.Generate(options.Files, GuardApi.LookAlike), options.Concurrent);
        var preparationTime = stopwatch.Elapsed;
        var codeBase = withPolicyKit.CodeBase;
        Console.WriteLine($"  {codeBase.Files.Count:#,0} files, {codeBase.LineCount:#,0} lines, {withPolicyKit.MethodCount:#,0} methods, "
            + $"{codeBase.CallSites.Count} export calls ({codeBase.CheckedCalls} checked, {codeBase.UncheckedCalls} unchecked)");

        if (options.SaveCodeDirectory is { } folder)
        {
            codeBase.SaveTo(folder);
            Console.WriteLine($"  written to {Path.GetFullPath(folder)}");
        }

        var scenarios = new BenchScenarios(withPolicyKit, withoutPolicyKit, AnalyzerSet.PolicyKit(), AnalyzerSet.BannedApi(codeBase.BannedSymbolsText()));
        Console.WriteLine($"Measuring {scenarios.All.Count} configurations: {options.Warmups} warm-up + {options.Runs} measured round(s)…");
        var samples = await new Runner(options.Warmups, options.Runs, options.Concurrent, Console.Out).RunAsync(scenarios.All);

        var report = new MarkdownReport(options, scenarios, samples, preparationTime);
        var markdown = report.Build(started);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Quick)
        {
            Console.WriteLine("(--quick: results.md not written)");
        }
        else
        {
            var path = Path.Combine(BenchEnvironment.ProjectDirectory, "results.md");
            await File.WriteAllTextAsync(path, markdown);
            Console.WriteLine($"Written to {path}");
        }

        // Without RS0030 the BannedApiAnalyzers baseline measured nothing: fail loudly rather than report a ratio.
        if (report.BannedCalls.Reported == 0)
        {
            Console.Error.WriteLine("BannedApiAnalyzers reported no RS0030: BannedSymbols.txt does not match the generated export functions.");
            return 1;
        }
        return 0;
    }
}
