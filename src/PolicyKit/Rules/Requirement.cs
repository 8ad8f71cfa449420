namespace PolicyKit;

/// <summary>A licence requirement that arose during evaluation: which rule imposed it, about which
/// party, under which review policy, and why.</summary>
public sealed class Requirement
{
    internal Requirement(Rule rule, Party? subject, ReviewPolicy reviewPolicy, ConditionTrace? why)
    {
        Rule = rule;
        Subject = subject;
        ReviewPolicy = reviewPolicy;
        Why = why;
    }

    /// <summary>The rule that imposed the requirement.</summary>
    public Rule Rule { get; }
    /// <summary>The party it is about, or null for a requirement on the whole transaction.</summary>
    public Party? Subject { get; }
    /// <summary>How a licence application would be reviewed.</summary>
    public ReviewPolicy ReviewPolicy { get; }
    /// <summary>Why the rule applied.</summary>
    public ConditionTrace? Why { get; }

    /// <inheritdoc/>
    public override string ToString() => Subject is null ? Rule.Id : $"{Rule.Id} for {Subject}";
}
