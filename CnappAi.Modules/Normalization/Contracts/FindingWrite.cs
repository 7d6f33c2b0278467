namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// An observation ready to store: its unified-finding cluster, baseline risk and where it was read from.
/// <see cref="RiskScore"/> and <see cref="Priority"/> are the context-free baseline (part of the content hash);
/// when <see cref="Enrichment"/> is set, its contextual score and priority are what the row stores and ranks by.
/// </summary>
public sealed record FindingWrite(
    NormalizedObservation Observation,
    string ClusterId,
    double RiskScore,
    int Priority,
    string? OriginFile,
    string? OriginLocation)
{
    /// <summary>Correlation, asset context and contextual risk; not hashed (see <see cref="FindingEnrichment"/>).</summary>
    public FindingEnrichment? Enrichment { get; init; }
}
