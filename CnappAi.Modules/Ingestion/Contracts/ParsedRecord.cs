using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>One record read from a file without storing it: an observation, or why it was rejected (and where).</summary>
public sealed record ParsedRecord(NormalizedObservation? Observation, string Location, string? Error)
{
    public bool IsRejected => Observation is null;
}
