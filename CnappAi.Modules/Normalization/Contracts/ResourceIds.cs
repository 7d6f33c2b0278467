using CnappAi.Modules.Normalization.Resources;

namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// Canonical resource ids: parses the ids providers issue (ARN, Azure resource id, GCP full resource name,
/// Kubernetes object, container image) and rebuilds them when a vendor gives only parts.
/// </summary>
public static class ResourceIds
{
    /// <summary>Parses any canonical id the providers issue; null when the text is none of them.</summary>
    public static CanonicalResource? Parse(string? id) => ResourceIdParser.Parse(id);

    /// <summary>Builds the ARN of an AWS resource from vendor parts: account, region, a type hint and a short id.</summary>
    /// <param name="typeHint">A CloudFormation type (<c>AWS::EC2::Instance</c>), an ASFF type (<c>AwsEc2Instance</c>),
    /// a Terraform type (<c>aws_s3_bucket</c>) or a plain word (<c>instance</c>, <c>bucket</c>); null to infer from the id prefix (<c>i-</c>, <c>sg-</c>).</param>
    public static CanonicalResource? AwsFromParts(string? account, string? region, string? typeHint, string? shortId, string? partition = null) =>
        ResourceIdBuilder.Aws(account, region, typeHint, shortId, partition);

    /// <summary>Builds an Azure resource id from subscription, resource group, a full type (<c>Microsoft.Compute/virtualMachines</c>) and name.</summary>
    public static CanonicalResource? AzureFromParts(string? subscription, string? resourceGroup, string? type, string? name) =>
        ResourceIdBuilder.Azure(subscription, resourceGroup, type, name);

    /// <summary>Builds a GCP full resource name from project, location (zone or region; null for global), a type hint and name.</summary>
    public static CanonicalResource? GcpFromParts(string? project, string? location, string? typeHint, string? name) =>
        ResourceIdBuilder.Gcp(project, location, typeHint, name);

    /// <summary>The account, subscription or project itself (account-level findings).</summary>
    public static CanonicalResource? Account(CloudProvider provider, string? accountId) => ResourceIdBuilder.Account(provider, accountId);

    /// <summary>A Kubernetes object: <c>k8s://{cluster}/{namespace}/{kind}/{name}</c>.</summary>
    public static CanonicalResource Kubernetes(string? cluster, string? ns, string kind, string name) =>
        ResourceIdBuilder.Kubernetes(cluster, ns, kind, name);

    /// <summary>A container image by reference (<c>registry/repo:tag</c>, <c>repo@sha256:...</c>); the digest wins when given.</summary>
    public static CanonicalResource? ContainerImage(string? reference, string? digest = null) =>
        ResourceIdBuilder.ContainerImage(reference, digest);

    /// <summary>A file in a repository or scanned directory (IaC and code scanners): <c>file://{repository}/{path}</c>.</summary>
    public static CanonicalResource? SourceFile(string? repository, string? path) => ResourceIdBuilder.SourceFile(repository, path);

    /// <summary>
    /// A resource known only by a vendor-native id (no provider id given): <c>{vendor}:{id}</c>, so the same
    /// vendor's records about it still meet. Use only when nothing canonical can be built.
    /// </summary>
    public static CanonicalResource VendorNative(string vendor, string id, CloudProvider provider, string? type, string? name) =>
        ResourceIdBuilder.VendorNative(vendor, id, provider, type, name);
}
