using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Context;

/// <summary>Turns the ids context files use (ARNs, Azure ids in any case, GCP names, k8s ids, image references) into canonical resources.</summary>
internal static class ResourceUids
{
    public static CanonicalResource? Canonical(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        id = id.Trim();
        return ResourceIds.Parse(id) ?? (LooksLikeImage(id) ? ResourceIds.ContainerImage(id) : null);
    }

    private static bool LooksLikeImage(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return !id.Contains(' ', StringComparison.Ordinal)
            && (id.Contains("@sha256:", StringComparison.Ordinal) || (slash > 0 && id[..slash].IndexOfAny(['.', ':']) >= 0));
    }
}
