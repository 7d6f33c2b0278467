using System.Text.RegularExpressions;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.IacGate.Guidance;

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>Finds the accepted exception (or in-code suppression) that covers a failed check, and notes the ones that have expired.</summary>
internal static class ExceptionMatcher
{
    public const string FromFile = "exceptions-file";
    public const string InSource = "in-source";

    public static (GateAcceptance? Accepted, string? Note) Find(ScannedCheck check, IReadOnlyList<ExceptionEntry> exceptions, DateOnly today)
    {
        string? note = null;
        foreach (var exception in exceptions.Where(e => Covers(e, check)))
        {
            if (exception.Expires < today)
            {
                note ??= $"An exception for this issue expired on {exception.Expires:yyyy-MM-dd} (owner {exception.Owner}: {exception.Reason}); it no longer applies.";
                continue;
            }

            return (new GateAcceptance(exception.Reason!, exception.Owner, exception.Expires, FromFile), null);
        }

        if (check.Observation.Status == Normalization.Contracts.FindingStatus.Suppressed)
        {
            return (new GateAcceptance(check.SuppressionReason ?? "suppressed in the scanned code", null, null, InSource), note);
        }

        return (null, note);
    }

    private static bool Covers(ExceptionEntry exception, ScannedCheck check) =>
        (exception.Rule == "*" || RuleIds.Normalize(exception.Rule!) == RuleIds.Normalize(check.RuleId))
        && (exception.File is null || PathGlob.Matches(exception.File, check.File))
        && (exception.Resource is null || (check.Address is not null && Wildcard(exception.Resource).IsMatch(check.Address)));

    private static Regex Wildcard(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
