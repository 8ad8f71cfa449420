using System;
using System.IO;
using System.Text;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> executable: wires the console to <see cref="CliApp"/>.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code.</summary>
    public static int Main(string[] args)
    {
        // Buffered, so that a large evaluate run is not flushed line by line; UTF-8 for the ✓/✗ of explanations.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        int code = CliApp.Run(args, stdout, stderr, showProgress: !Console.IsErrorRedirected);
        try
        {
            stdout.Flush();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"policykit: cannot write the output: {e.Message}");
            return ExitCodes.Failure;
        }
        return code;
    }
}
