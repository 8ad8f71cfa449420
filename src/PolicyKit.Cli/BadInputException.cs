using System;

namespace PolicyKit.Cli;

/// <summary>Input the tool cannot accept. The message is the whole one-line report, starting with what
/// was wrong: an option (<c>--date: …</c>) or a file position (<c>rows.csv:4: field 'date': …</c>).
/// Always exit code 2.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message) : base(message) { }

    /// <summary>A problem at a line of an input file, optionally in one field.</summary>
    public static BadInputException InFile(string path, int line, string? field, string problem) =>
        new($"{path}:{line}: {(field is null ? "" : $"field '{field}': ")}{problem}");
}

/// <summary>A request field's text was rejected; the caller adds where the field came from.</summary>
internal sealed class FieldException : Exception
{
    public FieldException(string field, string problem) : base(problem) => Field = field;

    /// <summary>The field's name, e.g. <c>date</c>.</summary>
    public string Field { get; }
}
