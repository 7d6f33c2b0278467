using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Kubernetes objects have no provider-issued global id, so we mint <c>k8s://{cluster}/{namespace}/{kind}/{name}</c>.
/// The cluster may itself contain '/' (an EKS cluster ARN), so parsing takes namespace, kind and name from the right.
/// </summary>
internal static class KubernetesIds
{
    public const string Scheme = "k8s://";
    public const string DefaultCluster = "default";
    public const string ClusterScope = "_cluster";

    public static CanonicalResource Build(string? cluster, string? ns, string? kind, string? name)
    {
        var clusterPart = VendorText.Clean(cluster) ?? DefaultCluster;
        var nsPart = VendorText.Clean(ns) ?? ClusterScope;
        var kindPart = VendorText.Clean(kind)?.ToLowerInvariant() ?? "unknown";
        var namePart = VendorText.Clean(name) ?? string.Empty;
        return Create($"{Scheme}{clusterPart}/{nsPart}/{kindPart}/{namePart}", clusterPart, kindPart, namePart);
    }

    public static CanonicalResource? Parse(string id)
    {
        var segments = id[Scheme.Length..].Split('/');
        if (segments.Length < 4 || Array.Exists(segments, s => s.Length == 0))
        {
            return null;
        }

        var cluster = string.Join('/', segments[..^3]);
        var kind = segments[^2].ToLowerInvariant();
        return Create($"{Scheme}{cluster}/{segments[^3]}/{kind}/{segments[^1]}", cluster, kind, segments[^1]);
    }

    private static CanonicalResource Create(string uid, string cluster, string kind, string name) =>
        new(uid, CloudProvider.Kubernetes, cluster, null, $"k8s:{kind}", KubernetesKinds.Classify(kind), name.Length == 0 ? null : name);
}
