using System.Collections.Frozen;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Class of a GCP resource from its type (<c>compute/instances</c>): exact type first, then the whole service.</summary>
internal static class GcpResourceClasses
{
    private static readonly FrozenDictionary<string, ResourceClass> ByType = new Dictionary<string, ResourceClass>
    {
        ["compute/instances"] = ResourceClass.Vm,
        ["compute/images"] = ResourceClass.Image,
        ["compute/networks"] = ResourceClass.Network,
        ["compute/subnetworks"] = ResourceClass.Network,
        ["compute/firewalls"] = ResourceClass.Network,
        ["compute/firewallPolicies"] = ResourceClass.Network,
        ["compute/addresses"] = ResourceClass.Network,
        ["compute/globalAddresses"] = ResourceClass.Network,
        ["compute/routes"] = ResourceClass.Network,
        ["compute/routers"] = ResourceClass.Network,
        ["compute/forwardingRules"] = ResourceClass.LoadBalancer,
        ["compute/globalForwardingRules"] = ResourceClass.LoadBalancer,
        ["compute/backendServices"] = ResourceClass.LoadBalancer,
        ["compute/urlMaps"] = ResourceClass.LoadBalancer,
        ["compute/targetPools"] = ResourceClass.LoadBalancer,
        ["compute/targetHttpProxies"] = ResourceClass.LoadBalancer,
        ["compute/targetHttpsProxies"] = ResourceClass.LoadBalancer,
        ["container/clusters"] = ResourceClass.K8sCluster,
        ["storage/buckets"] = ResourceClass.Bucket,
        ["storage/objects"] = ResourceClass.Bucket,
        ["sqladmin/instances"] = ResourceClass.Database,
        ["bigquery/datasets"] = ResourceClass.Database,
        ["bigquery/tables"] = ResourceClass.Database,
        ["iam/serviceAccounts"] = ResourceClass.Identity,
        ["iam/roles"] = ResourceClass.Identity,
        ["cloudresourcemanager/projects"] = ResourceClass.Account,
        ["cloudresourcemanager/folders"] = ResourceClass.Account,
        ["cloudresourcemanager/organizations"] = ResourceClass.Account,
        ["logging/sinks"] = ResourceClass.Logging,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ResourceClass> ByService = new Dictionary<string, ResourceClass>
    {
        ["cloudfunctions"] = ResourceClass.Function,
        ["run"] = ResourceClass.Function,
        ["spanner"] = ResourceClass.Database,
        ["bigtableadmin"] = ResourceClass.Database,
        ["sqladmin"] = ResourceClass.Database,
        ["cloudkms"] = ResourceClass.KeySecret,
        ["secretmanager"] = ResourceClass.KeySecret,
        ["logging"] = ResourceClass.Logging,
        ["artifactregistry"] = ResourceClass.Image,
        ["containerregistry"] = ResourceClass.Image,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static ResourceClass Classify(string type) => TryClassify(type) ?? ResourceClass.Other;

    public static ResourceClass? TryClassify(string type)
    {
        if (ByType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        var slash = type.IndexOf('/', StringComparison.Ordinal);
        var service = slash < 0 ? type : type[..slash];
        return ByService.TryGetValue(service, out var byService) ? byService : null;
    }
}
