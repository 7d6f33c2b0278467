using System.Collections.Frozen;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Class of an Azure resource from its full lower-case type: exact type first, then the namespace
/// (<c>microsoft.sql/*</c>). Child types not listed exactly fall to their namespace, or Other.
/// </summary>
internal static class AzureResourceClasses
{
    private static readonly FrozenDictionary<string, ResourceClass> ByType = new Dictionary<string, ResourceClass>
    {
        ["microsoft.compute/virtualmachines"] = ResourceClass.Vm,
        ["microsoft.compute/virtualmachinescalesets"] = ResourceClass.Vm,
        ["microsoft.compute/virtualmachinescalesets/virtualmachines"] = ResourceClass.Vm,
        ["microsoft.compute/images"] = ResourceClass.Image,
        ["microsoft.containerservice/managedclusters"] = ResourceClass.K8sCluster,
        // Function apps and web apps share microsoft.web/sites (kind tells them apart): both run code on demand.
        ["microsoft.web/sites"] = ResourceClass.Function,
        ["microsoft.web/sites/slots"] = ResourceClass.Function,
        ["microsoft.storage/storageaccounts"] = ResourceClass.Bucket,
        ["microsoft.storage/storageaccounts/blobservices"] = ResourceClass.Bucket,
        ["microsoft.storage/storageaccounts/blobservices/containers"] = ResourceClass.Bucket,
        ["microsoft.authorization/roleassignments"] = ResourceClass.Identity,
        ["microsoft.authorization/roledefinitions"] = ResourceClass.Identity,
        ["microsoft.network/loadbalancers"] = ResourceClass.LoadBalancer,
        ["microsoft.network/applicationgateways"] = ResourceClass.LoadBalancer,
        ["microsoft.network/frontdoors"] = ResourceClass.LoadBalancer,
        ["microsoft.resources/subscriptions"] = ResourceClass.Account,
        ["microsoft.management/managementgroups"] = ResourceClass.Account,
        ["microsoft.operationalinsights/workspaces"] = ResourceClass.Logging,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ResourceClass> ByNamespace = new Dictionary<string, ResourceClass>
    {
        ["microsoft.sql"] = ResourceClass.Database,
        ["microsoft.documentdb"] = ResourceClass.Database,
        ["microsoft.dbformysql"] = ResourceClass.Database,
        ["microsoft.dbforpostgresql"] = ResourceClass.Database,
        ["microsoft.dbformariadb"] = ResourceClass.Database,
        ["microsoft.managedidentity"] = ResourceClass.Identity,
        // Entra ID (users, groups, service principals) surfaces under these namespaces in Defender and Graph exports.
        ["microsoft.aad"] = ResourceClass.Identity,
        ["microsoft.azureactivedirectory"] = ResourceClass.Identity,
        ["microsoft.graph"] = ResourceClass.Identity,
        ["microsoft.directory"] = ResourceClass.Identity,
        ["microsoft.keyvault"] = ResourceClass.KeySecret,
        ["microsoft.network"] = ResourceClass.Network,
        ["microsoft.insights"] = ResourceClass.Logging,
        ["microsoft.containerregistry"] = ResourceClass.Image,
        ["microsoft.containerinstance"] = ResourceClass.Container,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static ResourceClass Classify(string type) => TryClassify(type) ?? ResourceClass.Other;

    public static ResourceClass? TryClassify(string type)
    {
        if (ByType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        var slash = type.IndexOf('/', StringComparison.Ordinal);
        var ns = slash < 0 ? type : type[..slash];
        return ByNamespace.TryGetValue(ns, out var byNamespace) ? byNamespace : null;
    }
}
