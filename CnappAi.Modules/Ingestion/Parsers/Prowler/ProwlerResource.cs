using CnappAi.Modules.Ingestion.Parsers.Aws;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// The canonical resource of a check result: the provider id Prowler gives (ARN, Azure id, GCP name) when it
/// parses, else rebuilt from account/subscription/project + region + type + name, else the account itself
/// (account-level checks and v2 outputs that name no resource).
/// </summary>
internal static class ProwlerResource
{
    public static CanonicalResource Build(ProwlerCheckResult result, CloudProvider provider)
    {
        var resource = provider switch
        {
            CloudProvider.Aws => Aws(result),
            CloudProvider.Azure => ResourceIds.Parse(result.ResourceUid)
                ?? ResourceIds.AzureFromParts(result.Account, null, result.ResourceType, result.ResourceName)
                ?? ResourceIds.Account(CloudProvider.Azure, result.Account),
            CloudProvider.Gcp => ResourceIds.Parse(result.ResourceUid)
                ?? ResourceIds.GcpFromParts(result.Account, GcpLocation(result.Region), result.ResourceType, result.ResourceName ?? result.ResourceUid)
                ?? ResourceIds.Account(CloudProvider.Gcp, result.Account),
            CloudProvider.Kubernetes => (result.ResourceName ?? result.ResourceUid) is { } name
                ? ResourceIds.Kubernetes(result.Account, result.Namespace, KubernetesKind(result.ResourceType), name)
                : null,
            _ => ResourceIds.Parse(result.ResourceUid),
        };
        if (resource is not null)
        {
            return resource;
        }

        var nativeId = result.ResourceUid ?? result.ResourceName ?? result.Account
            ?? throw new RecordRejectedException("record has no resource");
        return ResourceIds.VendorNative(ProwlerObservations.Source, nativeId, provider, result.ResourceType, result.ResourceName);
    }

    private static CanonicalResource? Aws(ProwlerCheckResult result)
    {
        var id = result.ResourceUid ?? result.ResourceName;
        if (id is null)
        {
            return ResourceIds.Account(CloudProvider.Aws, result.Account);
        }

        // Prowler names the account by its bare id for account-level checks, or by a word (v2: "root",
        // "MFA") that only means "this account"; such ids rebuild into nothing and fall back to the account.
        return AwsResources.TryResolve(id, result.ResourceType, result.Account, result.Region)
            ?? ResourceIds.Account(CloudProvider.Aws, result.Account);
    }

    /// <summary>
    /// Prowler types its control-plane checks by component, but what it inspects is the component's static pod
    /// ("… is not set in pod kube-apiserver-node1"), so the object is a Pod and meets other tools' pod ids.
    /// </summary>
    private static string KubernetesKind(string? type) => type?.ToLowerInvariant() switch
    {
        null => "Resource",
        "kubernetesapiserver" or "kubernetescontrollermanager" or "kubernetesscheduler" or "kubernetesetcd" => "Pod",
        _ => type,
    };

    /// <summary>Prowler writes <c>global</c> for project-wide GCP resources, which have no location segment.</summary>
    private static string? GcpLocation(string? region) =>
        string.Equals(region, "global", StringComparison.OrdinalIgnoreCase) ? null : region;
}
