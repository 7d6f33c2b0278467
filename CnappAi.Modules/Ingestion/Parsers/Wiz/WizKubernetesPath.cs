using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Wiz's ids for Kubernetes objects: <c>k8s/{kind}/{cluster}/{namespace}/{name}</c> for namespaced objects and
/// <c>k8s/{kind}/{cluster}/{name}</c> for cluster-scoped ones, where the cluster is Wiz's cluster hash. Names may
/// contain '/' (AKS trusted-access users) and some ids carry a trailing qualifier (<c>.../system:aggregate-to-edit/12</c>),
/// so the object's own name, when the record gives it, decides where the namespace ends.
/// </summary>
internal static class WizKubernetesPath
{
    private const string Prefix = "k8s/";

    private static readonly HashSet<string> ClusterScoped = new(StringComparer.OrdinalIgnoreCase)
    {
        "user", "group", "clusterrole", "clusterrolebinding", "node", "namespace", "persistentvolume",
        "customresourcedefinition", "storageclass", "mutatingwebhookconfiguration", "validatingwebhookconfiguration",
    };

    public static bool IsPath(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static CanonicalResource? Parse(string id, string? name, string? ns)
    {
        var parts = id[Prefix.Length..].Split('/', 3);
        if (parts.Length < 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var (kind, cluster, rest) = (parts[0], parts[1], parts[2]);
        var (objectNs, objectName) = Split(kind, rest, name?.Trim(), ns?.Trim());
        return ResourceIds.Kubernetes(cluster, objectNs, kind, objectName);
    }

    private static (string? Ns, string Name) Split(string kind, string rest, string? name, string? ns)
    {
        if (!string.IsNullOrEmpty(ns) && rest.StartsWith(ns + "/", StringComparison.Ordinal))
        {
            return (ns, rest[(ns.Length + 1)..]);
        }

        if (!string.IsNullOrEmpty(name))
        {
            if (string.Equals(rest, name, StringComparison.OrdinalIgnoreCase))
            {
                return (null, rest);
            }

            if (rest.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase))
            {
                return (rest[..^(name.Length + 1)], rest[^name.Length..]);
            }

            if (rest.StartsWith(name + "/", StringComparison.OrdinalIgnoreCase))
            {
                return (null, rest[..name.Length]);
            }
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return ClusterScoped.Contains(kind) || slash < 0 ? (null, rest) : (rest[..slash], rest[(slash + 1)..]);
    }
}
