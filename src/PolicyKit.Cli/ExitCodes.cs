using System.Collections.Generic;

namespace PolicyKit.Cli;

/// <summary>The tool's exit codes, which scripts rely on.</summary>
public static class ExitCodes
{
    /// <summary>Every request is permitted.</summary>
    public const int Permitted = 0;
    /// <summary>An unexpected error (a bug or an environment failure), not a verdict.</summary>
    public const int Failure = 1;
    /// <summary>Bad input: an unknown command or option, a bad value, an unreadable or malformed file.</summary>
    public const int BadInput = 2;
    /// <summary>A request needs a licence or is prohibited.</summary>
    public const int NotPermitted = 3;
    /// <summary>A request could not be decided (missing data or a failing rule) and needs a person.</summary>
    public const int NeedsReview = 4;

    /// <summary>The exit code for one outcome.</summary>
    public static int Of(Outcome outcome) => outcome switch
    {
        Outcome.Permitted => Permitted,
        Outcome.LicenceRequired or Outcome.Prohibited => NotPermitted,
        _ => NeedsReview,
    };

    /// <summary>The exit code for many outcomes: any refusal wins over any review, which wins over permits.</summary>
    public static int Of(IEnumerable<Outcome> outcomes)
    {
        int code = Permitted;
        foreach (var outcome in outcomes)
        {
            int one = Of(outcome);
            if (one == NotPermitted) return NotPermitted;
            if (one == NeedsReview) code = NeedsReview;
        }
        return code;
    }
}
