using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>
/// The artifact a schema-2 report describes: a container image (every finding is about the image, whatever
/// file inside it) or a directory, repository or SBOM (each finding is about a file in it).
/// </summary>
internal sealed class TrivyArtifact(string key, string? image, string? digest, string? repository, string? root)
{
    /// <summary>Names the artifact in natural keys: the image reference (or digest), else the scanned path or repository.</summary>
    public string Key => key;

    public static TrivyArtifact From(JsonElement report)
    {
        var name = report.Str("ArtifactName")?.Trim();
        var type = report.Str("ArtifactType");
        var metadata = report.Get("Metadata") ?? default;
        if (IsImage(type, metadata))
        {
            // Reports of images loaded from a tarball leave ArtifactName empty; the OS target still names the image.
            var image = NonEmpty(name)
                ?? metadata.Items("RepoTags").Select(t => NonEmpty(JsonElementExtensions.AsString(t))).FirstOrDefault(t => t is not null)
                ?? report.Items("Results").Select(r => TrivyTargets.ImageOf(r.Str("Target"), r.Str("Type"))).FirstOrDefault(i => i is not null);
            var digest = metadata.Items("RepoDigests").Select(d => TrivyTargets.DigestOf(JsonElementExtensions.AsString(d))).FirstOrDefault(d => d is not null)
                ?? NonEmpty(metadata.Str("ImageID"));
            return new TrivyArtifact(image ?? digest ?? string.Empty, image, digest, null, null);
        }

        // A repository scan is named by its URL; a directory scan by the path given to Trivy, which its
        // targets are relative to; an SBOM's targets are paths of the project the SBOM describes.
        return type?.ToLowerInvariant() switch
        {
            "repository" => new TrivyArtifact(name ?? string.Empty, null, null, name, null),
            "cyclonedx" or "spdx" => new TrivyArtifact(name ?? string.Empty, null, null, null, null),
            _ => new TrivyArtifact(name ?? string.Empty, null, null, null, name is null or "." ? null : name),
        };
    }

    public CanonicalResource? ResourceFor(string path) =>
        image is not null || digest is not null
            ? ResourceIds.ContainerImage(image, digest)
            : ResourceIds.SourceFile(repository, TrivyTargets.Under(root, path));

    private static bool IsImage(string? type, JsonElement metadata) =>
        string.Equals(type, "container_image", StringComparison.OrdinalIgnoreCase)
        || (type is null && metadata.Str("ImageID") is not null);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
