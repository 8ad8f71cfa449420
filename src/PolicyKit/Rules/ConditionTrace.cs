using System;
using System.Collections.Generic;

using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>What an explanation shows next to a condition: the data it looked at, and the citations
/// that data carries (e.g. the Federal Register notice of a list entry).</summary>
public sealed class Evidence
{
    /// <summary>Creates evidence.</summary>
    public Evidence(string text, IReadOnlyList<Citation>? citations = null, string? missingFact = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Citations = ReadOnly.Copy(citations ?? Array.Empty<Citation>());
        MissingFact = missingFact;
    }

    /// <summary>Readable text, e.g. <c>contract date: 2019-03-01</c>.</summary>
    public string Text { get; }
    /// <summary>Citations the evidence brings into the decision.</summary>
    public IReadOnlyList<Citation> Citations { get; }
    /// <summary>The fact the request lacked, when the condition is unknown for that reason.</summary>
    public string? MissingFact { get; }

    /// <summary>Evidence that a fact is missing from the request.</summary>
    public static Evidence Missing(string fact) => new($"{fact}: not given", null, fact);

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>The explained value of one condition: its name, value, evidence and the parts that were
/// evaluated (short-circuited parts are omitted, exactly as in evaluation).</summary>
public sealed class ConditionTrace
{
    /// <summary>Creates a trace node.</summary>
    public ConditionTrace(string name, Truth value, Evidence? evidence, IReadOnlyList<ConditionTrace> children)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value;
        Evidence = evidence;
        Children = ReadOnly.Copy(children ?? throw new ArgumentNullException(nameof(children)));
    }

    /// <summary>The condition's name (<c>all of</c>, <c>any of</c>, <c>not</c>, <c>unless</c> for connectives).</summary>
    public string Name { get; }
    /// <summary>The value.</summary>
    public Truth Value { get; }
    /// <summary>The data the condition looked at, or null.</summary>
    public Evidence? Evidence { get; }
    /// <summary>The evaluated parts.</summary>
    public IReadOnlyList<ConditionTrace> Children { get; }

    /// <summary>Every node of the tree, depth first.</summary>
    public IEnumerable<ConditionTrace> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var node in child.DescendantsAndSelf())
                yield return node;
    }

    /// <summary>The facts the request lacked, anywhere in this trace, that left it unknown.</summary>
    public IEnumerable<string> MissingFacts()
    {
        foreach (var node in DescendantsAndSelf())
            if (node.Value == Truth.Unknown && node.Evidence?.MissingFact is { } fact)
                yield return fact;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Value}";
}
