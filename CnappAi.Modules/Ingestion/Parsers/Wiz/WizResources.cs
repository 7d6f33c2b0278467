using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Builds the canonical resource of a Wiz record: the cloud's own id (<c>providerId</c>, <c>externalId</c>,
/// <c>providerUniqueId</c>; ARN, Azure id, GCP name or selfLink), Kubernetes objects from Wiz's <c>k8s/...</c> ids,
/// container images by reference and digest, and only then Wiz's graph id as a vendor-native key.
/// </summary>
internal static class WizResources
{
    public static CanonicalResource? Resolve(WizEntity entity)
    {
        foreach (var id in entity.ProviderIds.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()))
        {
            var resource = WizKubernetesPath.IsPath(id)
                ? WizKubernetesPath.Parse(id, entity.Name, entity.KubernetesNamespace)
                : ResourceIds.Parse(id);
            if (resource is not null)
            {
                return Complete(resource, entity);
            }
        }

        if ((entity.ImageReference ?? entity.ImageDigest) is not null
            && ResourceIds.ContainerImage(entity.ImageReference, entity.ImageDigest) is { } image)
        {
            return image;
        }

        var vendorId = entity.VendorId ?? entity.ProviderIds.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i));
        return string.IsNullOrWhiteSpace(vendorId)
            ? null
            : Complete(ResourceIds.VendorNative("wiz", vendorId.Trim(), Provider(entity.Platform), entity.Type, entity.Name), entity);
    }

    public static CloudProvider Provider(string? platform) => platform?.Trim().ToUpperInvariant() switch
    {
        "AWS" => CloudProvider.Aws,
        "AZURE" => CloudProvider.Azure,
        "GCP" => CloudProvider.Gcp,
        "KUBERNETES" or "EKS" or "AKS" or "GKE" or "OPENSHIFT" => CloudProvider.Kubernetes,
        _ => CloudProvider.Unknown,
    };

    // Ids such as S3 ARNs or Azure ids omit the account or the location (vendor-native ids state neither); Wiz gives both beside the id.
    private static CanonicalResource Complete(CanonicalResource resource, WizEntity entity)
    {
        if (resource.Provider is not (CloudProvider.Aws or CloudProvider.Azure or CloudProvider.Gcp))
        {
            return resource;
        }

        return resource with
        {
            Account = resource.Account ?? Blank(entity.Account),
            Region = resource.Region ?? Blank(entity.Region),
            Name = resource.Name ?? Blank(entity.Name),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
