using System.Text.RegularExpressions;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// Reads the identities a secret finding names (an AWS IAM role or user ARN, a GCP service-account email, an Azure
/// managed identity id) so that a workload holding another cloud's keys becomes a <c>holds_credentials_for</c> edge
/// even when no relationships file says so.
/// </summary>
internal static partial class SecretInference
{
    public static IEnumerable<string> IdentitiesNamedIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in AwsIdentity().Matches(text))
        {
            yield return match.Value.TrimEnd('.', ',', ';', ')', '"', '\'');
        }

        foreach (Match match in GcpServiceAccount().Matches(text))
        {
            var email = match.Value.ToLowerInvariant();
            yield return $"//iam.googleapis.com/projects/{match.Groups["project"].Value.ToLowerInvariant()}/serviceAccounts/{email}";
        }

        foreach (Match match in AzureIdentity().Matches(text))
        {
            yield return match.Value.ToLowerInvariant();
        }
    }

    /// <summary>The canonical uids of the identities named, parsed and de-duplicated, never the finding's own resource.</summary>
    public static IReadOnlyList<string> Identities(string resourceUid, params string?[] texts) =>
        [.. texts.SelectMany(IdentitiesNamedIn)
            .Select(ResourceIds.Parse)
            .Where(r => r is { Class: ResourceClass.Identity } && r.Uid != resourceUid)
            .Select(r => r!.Uid)
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"arn:aws[a-z-]*:iam::\d{12}:(?:role|user)/[A-Za-z0-9+=,.@_/-]+", RegexOptions.CultureInvariant)]
    private static partial Regex AwsIdentity();

    [GeneratedRegex(@"[a-z0-9][a-z0-9-]{4,29}@(?<project>[a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GcpServiceAccount();

    [GeneratedRegex(@"/subscriptions/[0-9a-f-]{36}/resourcegroups/[^/\s]+/providers/microsoft\.managedidentity/userassignedidentities/[^/\s""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AzureIdentity();
}
