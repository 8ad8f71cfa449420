namespace PolicyKit;

/// <summary>
/// The value of a condition under three-valued (Kleene) logic. <see cref="Unknown"/> means the request
/// lacks data the condition needs; it never counts as true, so missing data can never produce a permit.
/// </summary>
public enum Truth : byte
{
    /// <summary>The condition does not hold.</summary>
    False = 0,
    /// <summary>The condition holds.</summary>
    True = 1,
    /// <summary>The condition cannot be decided from the request.</summary>
    Unknown = 2,
}

/// <summary>Kleene connectives over <see cref="Truth"/>.</summary>
public static class TruthLogic
{
    /// <summary>A bool as a truth value.</summary>
    public static Truth From(bool value) => value ? Truth.True : Truth.False;

    /// <summary>False if either is false; otherwise unknown if either is unknown; otherwise true.</summary>
    public static Truth And(Truth a, Truth b) => a == Truth.False || b == Truth.False ? Truth.False : a == Truth.Unknown || b == Truth.Unknown ? Truth.Unknown : Truth.True;

    /// <summary>True if either is true; otherwise unknown if either is unknown; otherwise false.</summary>
    public static Truth Or(Truth a, Truth b) => a == Truth.True || b == Truth.True ? Truth.True : a == Truth.Unknown || b == Truth.Unknown ? Truth.Unknown : Truth.False;

    /// <summary>Swaps true and false; unknown stays unknown.</summary>
    public static Truth Not(Truth a) => a switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };
}
