using System;

namespace PolicyKit;

/// <summary>
/// Proof that a policy permitted one request. Only <see cref="ExportPolicy.EnsurePermitted"/> and
/// <see cref="ExportPolicy.TryClear"/> create it, so an export function that takes a
/// <see cref="Clearance"/> parameter cannot be called without a permitted check.
/// </summary>
public sealed class Clearance
{
    internal Clearance(Decision decision)
    {
        if (!decision.IsPermitted) throw new InvalidOperationException("A clearance can only be issued for a permitted decision.");
        Decision = decision;
    }

    /// <summary>The permitted decision.</summary>
    public Decision Decision { get; }

    /// <summary>The request that was permitted.</summary>
    public ExportRequest Request => Decision.Request!;

    /// <summary>Throws unless this clearance was issued for exactly <paramref name="request"/> (the same instance).</summary>
    /// <exception cref="InvalidOperationException">The clearance is for another request.</exception>
    public void AssertCovers(ExportRequest request)
    {
        if (!ReferenceEquals(request, Request))
            throw new InvalidOperationException($"This clearance was issued for '{Request}', not for '{request}'.");
    }

    /// <inheritdoc/>
    public override string ToString() => $"Clearance: {Decision.Summary}";
}

/// <summary>Thrown by <see cref="ExportPolicy.EnsurePermitted"/> when a request is not permitted.</summary>
public sealed class ExportDeniedException : Exception
{
    /// <summary>Creates the exception for a decision that does not permit.</summary>
    public ExportDeniedException(Decision decision) : base($"Export not permitted. {decision.Summary}") => Decision = decision;

    /// <summary>The decision, with its explanation.</summary>
    public Decision Decision { get; }
}
