using System;

namespace PolicyKit;

/// <summary>A data file (a list, a licence file, a batch of requests) is malformed. The message names
/// the file, the line and the field; nothing from the file has been applied.</summary>
public sealed class PolicyDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public PolicyDataException(string source, int line, string? field, string problem)
        : base($"{source}:{line}{(field is null ? "" : ": " + field)}: {problem}")
    {
        SourceName = source;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file or resource name.</summary>
    public string SourceName { get; }
    /// <summary>The 1-based line.</summary>
    public int Line { get; }
    /// <summary>The field, as a path such as <c>$.entries[4].effective</c>, or null.</summary>
    public string? Field { get; }
    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
