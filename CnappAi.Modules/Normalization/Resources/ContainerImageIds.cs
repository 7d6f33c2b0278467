using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Normalises a Docker image reference the way the Docker CLI does (<c>nginx:1.2</c> is
/// <c>docker.io/library/nginx:1.2</c>, no tag means <c>latest</c>) so scanners that print short and long forms meet.
/// The digest identifies the content, so when known it replaces the tag in the uid.
/// </summary>
internal static class ContainerImageIds
{
    private const string DockerHub = "docker.io";

    public static CanonicalResource? Build(string? reference, string? digest)
    {
        var text = VendorText.Clean(reference);
        var givenDigest = NormalizeDigest(digest);
        if (text is null)
        {
            return givenDigest is null ? null : Create(givenDigest, null, null, null);
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            text = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }

        string? referenceDigest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            referenceDigest = NormalizeDigest(text[(at + 1)..]);
            text = text[..at];
        }

        var (registry, repository, tag) = Split(text);
        if (repository is null || !IsReferenceText(registry) || !IsReferenceText(repository) || (tag is not null && !IsReferenceText(tag)))
        {
            return givenDigest is null ? null : Create(givenDigest, null, null, null);
        }

        var finalDigest = givenDigest ?? referenceDigest;
        var uid = finalDigest is null ? $"{registry}/{repository}:{tag ?? "latest"}" : $"{registry}/{repository}@{finalDigest}";
        return Create(uid, registry, RegistryRegion(registry), repository);
    }

    private static (string Registry, string? Repository, string? Tag) Split(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? null : text[..slash];
        // Docker's rule: the first component is a registry only if it looks like a host (has '.' or ':', or is localhost).
        var hasRegistry = first is not null && (first.Contains('.', StringComparison.Ordinal)
            || first.Contains(':', StringComparison.Ordinal) || first == "localhost");
        var registry = hasRegistry ? first!.ToLowerInvariant() : DockerHub;
        var rest = hasRegistry ? text[(slash + 1)..] : text;
        if (registry is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com")
        {
            registry = DockerHub;
        }

        var colon = rest.LastIndexOf(':');
        string? tag = null;
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }

        var repository = rest.Trim('/').ToLowerInvariant();
        if (registry == DockerHub && repository.Length > 0 && !repository.Contains('/', StringComparison.Ordinal))
        {
            repository = $"library/{repository}";
        }

        return (registry, repository.Length == 0 ? null : repository, string.IsNullOrEmpty(tag) ? null : tag);
    }

    /// <summary>Region of a cloud registry host: ECR <c>{account}.dkr.ecr.{region}.amazonaws.com</c>, Artifact Registry <c>{region}-docker.pkg.dev</c>.</summary>
    private static string? RegistryRegion(string registry)
    {
        var labels = registry.Split('.');
        if (labels.Length == 6 && labels[1] == "dkr" && labels[2] == "ecr")
        {
            return labels[3];
        }

        return registry.EndsWith("-docker.pkg.dev", StringComparison.Ordinal) ? registry[..^"-docker.pkg.dev".Length] : null;
    }

    private static string? NormalizeDigest(string? digest)
    {
        var text = VendorText.Clean(digest)?.ToLowerInvariant();
        if (text is null || !IsReferenceText(text))
        {
            return null;
        }

        // Some scanners print the bare hex; the algorithm prefix keeps the uid unambiguous.
        return text.Contains(':', StringComparison.Ordinal) ? text : text.Length == 64 ? $"sha256:{text}" : null;
    }

    private static bool IsReferenceText(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_' or '/' or ':'))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static CanonicalResource Create(string uid, string? registry, string? region, string? repository) =>
        new(uid, CloudProvider.Container, registry, region, "image", ResourceClass.Image, repository);
}
