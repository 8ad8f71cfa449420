namespace PolicyKit;

/// <summary>
/// The answer to "may we do this transaction on this date?". Only <see cref="Permitted"/> permits.
/// The zero value is <see cref="NeedsReview"/>, so an uninitialised decision never permits.
/// </summary>
public enum Outcome
{
    /// <summary>The policy cannot decide: a rule failed, or data a rule needs is missing. Not a permit.</summary>
    NeedsReview = 0,
    /// <summary>No prohibition applies, and every licence requirement that applies is met by an authorisation.</summary>
    Permitted = 1,
    /// <summary>A licence requirement applies that no authorisation meets.</summary>
    LicenceRequired = 2,
    /// <summary>A prohibition applies.</summary>
    Prohibited = 3,
}
