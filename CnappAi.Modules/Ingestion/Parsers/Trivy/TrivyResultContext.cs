using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>
/// What a record inherits from its report and its <c>Results[]</c> entry: the scanned artifact, the target
/// (a lock file, an image's OS, a manifest) and how to name the resource a finding is about.
/// </summary>
/// <param name="ArtifactKey">Identifies the scanned artifact in natural keys: image, directory, repository or Kubernetes object.</param>
/// <param name="ResourceFor">Builds the canonical resource from the file path the record points at (PkgPath or Target).</param>
internal sealed record TrivyResultContext(
    string Format,
    string ArtifactKey,
    string Target,
    string? TargetType,
    DateTimeOffset? ScannedAt,
    Func<string, CanonicalResource?> ResourceFor);
