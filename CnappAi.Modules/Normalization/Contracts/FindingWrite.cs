namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>An observation ready to store: its unified-finding cluster, baseline risk and where it was read from.</summary>
public sealed record FindingWrite(
    NormalizedObservation Observation,
    string ClusterId,
    double RiskScore,
    int Priority,
    string? OriginFile,
    string? OriginLocation);
