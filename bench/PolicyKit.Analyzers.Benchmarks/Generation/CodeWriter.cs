using System;
using System.Text;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// Writes one C# file line by line with indentation, and knows the current line number so that the
/// generator can record where each export call (and so each expected diagnostic) lands.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter(string path) => Path = path;

    /// <summary>The file's path in the generated project (also the syntax tree's path).</summary>
    public string Path { get; }

    /// <summary>The 1-based number of the next line <see cref="Line"/> writes.</summary>
    public int NextLineNumber { get; private set; } = 1;

    /// <summary>Methods written so far, for the export quota (the report counts methods in the syntax trees).</summary>
    public int MethodCount { get; private set; }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _text.Append(' ', _indent * 4).Append(text);
        _text.Append('\n');
        NextLineNumber++;
        return this;
    }

    /// <summary>Writes a multi-line block (a template), each line at the current indentation.</summary>
    public CodeWriter Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n')) Line(line);
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents what follows.</summary>
    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Indents without a brace (switch sections).</summary>
    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A documented method with a block body; <paramref name="body"/> writes the statements.</summary>
    public CodeWriter Method(string summary, string signature, Action<CodeWriter> body, string? attribute = null)
    {
        MethodCount++;
        Line($"/// <summary>{summary}</summary>");
        if (attribute is not null) Line(attribute);
        Open(signature);
        body(this);
        Close();
        return Line();
    }

    /// <summary>A documented method with a multi-line template body.</summary>
    public CodeWriter Method(string summary, string signature, string body) => Method(summary, signature, w => w.Lines(body));

    /// <summary>A documented expression-bodied method.</summary>
    public CodeWriter ExpressionMethod(string summary, string signature, string expression)
    {
        MethodCount++;
        Line($"/// <summary>{summary}</summary>");
        Line($"{signature} => {expression};");
        return Line();
    }

    public override string ToString() => _text.ToString();
}
