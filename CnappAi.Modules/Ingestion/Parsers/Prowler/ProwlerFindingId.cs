using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// Prowler's own finding uid when the output carries a real one; otherwise the same shape rebuilt from
/// the check, account, region and resource (<c>prowler-{provider}-{check}-{account}-{region}-{resource}</c>),
/// so older outputs re-import idempotently and line up with newer ones.
/// </summary>
internal static partial class ProwlerFindingId
{
    public static string For(ProwlerCheckResult result, string checkId)
    {
        if (result.FindingUid is { } uid && !IsPlaceholder(uid))
        {
            return uid;
        }

        // v2 CSV names the resource only inside the status text; a short hash of it keeps the
        // per-user rows of one check apart without making the id as long as the sentence.
        var resource = result.ResourceName ?? result.ResourceUid
            ?? (result.StatusExtended is { } text ? "msg-" + ShortHash(text) : null);
        return string.Join('-', "prowler", (result.Provider ?? "unknown").ToLowerInvariant(), checkId, result.Account, result.Region, resource);
    }

    /// <summary>
    /// Prowler's documentation samples ship <c>&lt;finding_uid&gt;</c> in every row; taken as an id it would
    /// collapse unrelated checks into one finding.
    /// </summary>
    public static bool IsPlaceholder(string value) => Placeholder().IsMatch(value);

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..12];

    [GeneratedRegex(@"^\s*<[^<>]+>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
