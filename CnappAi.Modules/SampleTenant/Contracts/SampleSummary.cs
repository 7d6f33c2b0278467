namespace CnappAi.Modules.SampleTenant.Contracts;

/// <summary>
/// What <c>sample</c> wrote. <see cref="Observations"/> and <see cref="ExpectedFindings"/> are what importing
/// <see cref="OutputDirectory"/> must report; the manifest at <see cref="ManifestPath"/> holds the ground truth.
/// </summary>
public sealed record SampleSummary(
    string OutputDirectory,
    int Assets,
    int Seed,
    DateOnly AsOf,
    IReadOnlyList<SampleSourceSummary> Sources,
    int Files,
    int Observations,
    int ExpectedFindings,
    int Problems,
    string ManifestPath,
    long Bytes,
    TimeSpan Elapsed);
