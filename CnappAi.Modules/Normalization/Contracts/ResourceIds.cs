using CnappAi.Modules.Normalization.Resources;

namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// Canonical resource ids: parses the ids providers issue (ARN, Azure resource id, GCP full resource name,
/// Kubernetes object, container image) and rebuilds them when a vendor gives only parts. A built uid always parses
/// back to the same provider, account, region, class and name; nothing here throws on odd input.
/// Canonical forms and the class table: docs/resource-ids.md.
/// </summary>
public static class ResourceIds
{
    /// <summary>
    /// Parses any canonical id the providers issue; null when the text is none of them. Recognises ARNs (all partitions;
    /// ASFF <c>AWS::::Account:{id}</c> becomes <c>arn:aws:iam::{id}:root</c>; a log group's trailing <c>:*</c> is dropped),
    /// Azure ids (uid lower-cased, cut before a second <c>/providers/</c>), GCP full names and REST selfLinks
    /// (uid <c>//{service}.googleapis.com/...</c>), <c>k8s://</c> and <c>file://</c> ids.
    /// </summary>
    public static CanonicalResource? Parse(string? id) => ResourceIdParser.Parse(id);

    /// <summary>
    /// Builds the ARN of an AWS resource from vendor parts: account, region, a type hint and a short id (an ARN is parsed
    /// as is). Null when a regional type lacks the region or an owned type the account. The partition defaults from the
    /// region (<c>cn-</c> is <c>aws-cn</c>, <c>us-gov-</c> is <c>aws-us-gov</c>), else <c>aws</c>.
    /// </summary>
    /// <param name="typeHint">A CloudFormation type (<c>AWS::EC2::Instance</c>), an ASFF type (<c>AwsEc2Instance</c>),
    /// a Terraform type (<c>aws_s3_bucket</c>) or a plain word (<c>instance</c>, <c>bucket</c>); null to infer from the id prefix (<c>i-</c>, <c>sg-</c>).</param>
    public static CanonicalResource? AwsFromParts(string? account, string? region, string? typeHint, string? shortId, string? partition = null) =>
        ResourceIdBuilder.Aws(account, region, typeHint, shortId, partition);

    /// <summary>
    /// Builds an Azure resource id from subscription, resource group, a full type (<c>Microsoft.Compute/virtualMachines</c>,
    /// or a word such as "key vault") and name; child types take <c>parent/child</c> names. The uid is lower-cased.
    /// </summary>
    public static CanonicalResource? AzureFromParts(string? subscription, string? resourceGroup, string? type, string? name) =>
        ResourceIdBuilder.Azure(subscription, resourceGroup, type, name);

    /// <summary>
    /// Builds a GCP full resource name from project, location (zone or region; null for global), a type hint
    /// (<c>gce_instance</c>, <c>compute.googleapis.com/Instance</c>, <c>google_storage_bucket</c>, "service account") and name.
    /// A name that is already a full name, selfLink or <c>projects/...</c> relative name is completed or parsed.
    /// </summary>
    public static CanonicalResource? GcpFromParts(string? project, string? location, string? typeHint, string? name) =>
        ResourceIdBuilder.Gcp(project, location, typeHint, name);

    /// <summary>
    /// The account, subscription or project itself (account-level findings): <c>arn:aws:iam::{id}:root</c>,
    /// <c>/subscriptions/{id}</c>, <c>//cloudresourcemanager.googleapis.com/projects/{id}</c>; null for other providers
    /// except Kubernetes (the cluster object).
    /// </summary>
    public static CanonicalResource? Account(CloudProvider provider, string? accountId) => ResourceIdBuilder.Account(provider, accountId);

    /// <summary>
    /// A Kubernetes object: <c>k8s://{cluster}/{namespace}/{kind}/{name}</c>, kind lower-cased; a missing cluster is
    /// <c>default</c> and a missing namespace (cluster-scoped object) <c>_cluster</c>.
    /// </summary>
    public static CanonicalResource Kubernetes(string? cluster, string? ns, string kind, string name) =>
        ResourceIdBuilder.Kubernetes(cluster, ns, kind, name);

    /// <summary>
    /// A container image by reference (<c>registry/repo:tag</c>, <c>repo@sha256:...</c>), normalised as Docker does
    /// (<c>nginx</c> is <c>docker.io/library/nginx:latest</c>): uid <c>{registry}/{repo}@{digest}</c> when a digest is known
    /// (the digest wins), else <c>{registry}/{repo}:{tag}</c>.
    /// </summary>
    public static CanonicalResource? ContainerImage(string? reference, string? digest = null) =>
        ResourceIdBuilder.ContainerImage(reference, digest);

    /// <summary>
    /// A file in a repository or scanned directory (IaC and code scanners): <c>file://{repository}/{path}</c>, the repository
    /// reduced to <c>host/owner/name</c> (or <c>local</c>), the path without a leading <c>./</c> or <c>/</c>.
    /// </summary>
    public static CanonicalResource? SourceFile(string? repository, string? path) => ResourceIdBuilder.SourceFile(repository, path);

    /// <summary>
    /// A resource known only by a vendor-native id (no provider id given): <c>{vendor}:{id}</c>, so the same
    /// vendor's records about it still meet. Use only when nothing canonical can be built.
    /// </summary>
    public static CanonicalResource VendorNative(string vendor, string id, CloudProvider provider, string? type, string? name) =>
        ResourceIdBuilder.VendorNative(vendor, id, provider, type, name);
}
