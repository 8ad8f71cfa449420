using System.IO;

namespace PolicyKit.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ShowProgress);
