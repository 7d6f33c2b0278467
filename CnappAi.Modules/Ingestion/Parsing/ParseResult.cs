using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>What a parser yields per record: an observation, or a rejection that names where and why.</summary>
internal sealed record ParseResult(NormalizedObservation? Observation, string Location, string? Error, string? Raw)
{
    public static ParseResult Ok(NormalizedObservation observation, string location) => new(observation, location, null, null);

    public static ParseResult Reject(string location, string reason, string? raw) => new(null, location, reason, raw);

    public bool IsRejected => Observation is null;
}
