using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Builds canonical ids from the parts vendors give. Every builder returns null (or, for the non-nullable ones, a
/// best-effort id) instead of throwing: inputs come straight from vendor payloads.
/// </summary>
internal static class ResourceIdBuilder
{
    public static CanonicalResource? Aws(string? account, string? region, string? typeHint, string? shortId, string? partition) =>
        AwsArnBuilder.Build(account, region, typeHint, shortId, partition);

    public static CanonicalResource? Azure(string? subscription, string? resourceGroup, string? type, string? name) =>
        AzureIdBuilder.Build(subscription, resourceGroup, type, name);

    public static CanonicalResource? Gcp(string? project, string? location, string? typeHint, string? name) =>
        GcpNameBuilder.Build(project, location, typeHint, name);

    public static CanonicalResource? Account(CloudProvider provider, string? accountId)
    {
        var id = VendorText.Clean(accountId);
        if (id is null)
        {
            return null;
        }

        return provider switch
        {
            CloudProvider.Aws => id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase) || id.StartsWith(AwsArnParser.AsffAccountPrefix, StringComparison.OrdinalIgnoreCase)
                ? OfClass(ResourceIdParser.Parse(id), ResourceClass.Account)
                : AwsArnParser.AccountRoot("aws", id),
            CloudProvider.Azure => OfClass(ResourceIdParser.Parse(id.StartsWith('/') ? id : $"/subscriptions/{id}"), ResourceClass.Account),
            CloudProvider.Gcp => OfClass(ResourceIdParser.Parse(GcpAccountName(id)), ResourceClass.Account),
            CloudProvider.Kubernetes => KubernetesIds.Build(id, null, "cluster", id),
            _ => null,
        };
    }

    public static CanonicalResource Kubernetes(string? cluster, string? ns, string kind, string name) =>
        KubernetesIds.Build(cluster, ns, kind, name);

    public static CanonicalResource? ContainerImage(string? reference, string? digest) => ContainerImageIds.Build(reference, digest);

    public static CanonicalResource? SourceFile(string? repository, string? path) => SourceFileIds.Build(repository, path);

    public static CanonicalResource VendorNative(string vendor, string id, CloudProvider provider, string? type, string? name)
    {
        // Vendor names are folded so "Wiz" and "wiz" records meet; the vendor's id is opaque and kept as given.
        var vendorPart = VendorText.Clean(vendor)?.ToLowerInvariant() ?? "unknown";
        var idPart = VendorText.Clean(id) ?? string.Empty;
        return new CanonicalResource($"{vendorPart}:{idPart}", provider, null, null, VendorText.Clean(type),
            ResourceTypeClasses.Classify(provider, type), VendorText.Clean(name));
    }

    /// <summary>Project id or number, or an already relative <c>projects/</c>, <c>folders/</c>, <c>organizations/</c> name.</summary>
    private static string GcpAccountName(string id)
    {
        const string Host = "//cloudresourcemanager.googleapis.com/";
        if (id.StartsWith("//", StringComparison.Ordinal))
        {
            return id;
        }

        return id.StartsWith("projects/", StringComparison.Ordinal) || id.StartsWith("folders/", StringComparison.Ordinal)
            || id.StartsWith("organizations/", StringComparison.Ordinal)
            ? Host + id
            : $"{Host}projects/{id}";
    }

    private static CanonicalResource? OfClass(CanonicalResource? resource, ResourceClass expected) =>
        resource?.Class == expected ? resource : null;
}
