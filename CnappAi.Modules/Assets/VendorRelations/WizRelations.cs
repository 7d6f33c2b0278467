using System.Text.Json;
using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// Edges from the resource a Wiz record describes (issue <c>entitySnapshot</c>, vulnerability <c>vulnerableAsset</c>,
/// configuration finding or webhook <c>resource</c>), vendor-apis.md section 1:
/// <list type="bullet">
/// <item><c>hasWideInternetExposure</c> or <c>hasLimitedInternetExposure</c> true: <c>internet exposes</c> the resource;</item>
/// <item><c>kubernetesClusterName</c> on a Kubernetes object: <c>cluster contains</c> it, when the name is the cluster's cloud
/// id or the object is on EKS (<c>cloudPlatform</c> EKS with its <c>region</c> and AWS account give the cluster ARN);</item>
/// <item><c>ImageExternalId</c> of a container naming an image reference: the container <c>runs-image</c> it;</item>
/// <item>role, instance-profile, service-account or identity fields naming an identity: the resource <c>runs-as</c> it.</item>
/// </list>
/// </summary>
internal static class WizRelations
{
    private static readonly string[] Entities = ["entitySnapshot", "vulnerableAsset", "resource"];

    public static void Read(JsonElement record, CanonicalResource self, RelationKinds kinds, List<AssetRelationship> edges)
    {
        foreach (var name in Entities)
        {
            if (JsonFields.Object(record, name) is { } entity)
            {
                ReadEntity(entity, self, kinds, edges);
            }
        }
    }

    private static void ReadEntity(JsonElement entity, CanonicalResource self, RelationKinds kinds, List<AssetRelationship> edges)
    {
        const string origin = RelationshipOrigins.Wiz;
        if (kinds.HasFlag(RelationKinds.Exposure))
        {
            if (JsonFields.IsTrue(entity, "hasWideInternetExposure"))
            {
                edges.Add(VendorEdge.Exposes(self.Uid, origin, "Wiz: wide internet exposure (hasWideInternetExposure)"));
            }
            else if (JsonFields.IsTrue(entity, "hasLimitedInternetExposure"))
            {
                edges.Add(VendorEdge.Exposes(self.Uid, origin, "Wiz: limited internet exposure (hasLimitedInternetExposure)"));
            }
        }

        if (kinds.HasFlag(RelationKinds.Cluster) && self.Provider == CloudProvider.Kubernetes && Cluster(entity) is { } cluster && cluster != self.Uid)
        {
            edges.Add(VendorEdge.Between(cluster, self.Uid, VendorEdge.Contains, origin, $"Wiz: kubernetesClusterName {JsonFields.Text(entity, "kubernetesClusterName")}"));
        }

        if (kinds.HasFlag(RelationKinds.Image) && self.Class != ResourceClass.Image
            && JsonFields.Text(entity, "ImageExternalId") is { } imageId
            && ResourceUids.Canonical(imageId) is { Class: ResourceClass.Image } image && image.Uid != self.Uid)
        {
            edges.Add(VendorEdge.Between(self.Uid, image.Uid, RelationshipNames.RunsImage, origin, "Wiz: ImageExternalId"));
        }

        if (kinds.HasFlag(RelationKinds.Identity) && self.Class != ResourceClass.Identity)
        {
            foreach (var (field, identity) in IdentityFields.In(entity, self.Uid))
            {
                edges.Add(VendorEdge.Between(self.Uid, identity, VendorEdge.RunsAs, origin, $"Wiz: {field}"));
            }
        }
    }

    /// <summary>The cluster's canonical uid, only when the record lets it be known exactly; a bare name is not enough.</summary>
    private static string? Cluster(JsonElement entity)
    {
        if (JsonFields.Text(entity, "kubernetesClusterName") is not { } name)
        {
            return null;
        }

        if (ResourceUids.Canonical(name) is { Class: ResourceClass.K8sCluster } named)
        {
            return named.Uid;
        }

        var region = JsonFields.Text(entity, "region");
        var account = JsonFields.Text(entity, "subscriptionExternalId");
        var onEks = string.Equals(JsonFields.Text(entity, "cloudPlatform"), "EKS", StringComparison.OrdinalIgnoreCase);
        return onEks && region is not null && account is { Length: 12 } && account.All(char.IsAsciiDigit) && !name.Contains('/', StringComparison.Ordinal)
            && ResourceUids.Canonical($"arn:aws:eks:{region}:{account}:cluster/{name}") is { Class: ResourceClass.K8sCluster } built
            ? built.Uid
            : null;
    }
}
