using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// Builds the unified observation for a Prowler check result, whatever output it came from. Title and
/// description follow Prowler's own ASFF output (check title; per-resource status text), so one check
/// reads the same whether it arrives natively or through Security Hub.
/// </summary>
internal static class ProwlerObservations
{
    public const string Source = "prowler";

    public static NormalizedObservation Create(ProwlerCheckResult result, string format, string raw)
    {
        var checkId = RecordMapping.Require(result.CheckId, "check id");
        var statusText = RecordMapping.Require(result.Status, "status");
        var provider = ProwlerScales.Providers.Map(result.Provider, CloudProvider.Unknown);
        return new NormalizedObservation
        {
            Source = Source,
            SourceFindingId = ProwlerFindingId.For(result, checkId),
            Format = format,
            Category = ProwlerCategory.From(result, checkId),
            Title = result.CheckTitle ?? checkId,
            Description = result.StatusExtended ?? result.Description ?? result.Risk,
            Severity = ProwlerScales.Severities.Find(result.Severity)
                ?? ProwlerScales.OcsfSeverityIds.Find(result.SeverityId)
                ?? ProwlerScales.FallbackSeverity,
            SourceSeverity = result.Severity ?? result.SeverityId,
            Status = result.Muted ? FindingStatus.Suppressed : ProwlerScales.Statuses.Map(statusText, FindingStatus.Open),
            SourceStatus = result.Muted ? $"{statusText} (muted)" : statusText,
            Cves = CveIds.Extract(result.StatusExtended),
            RuleId = checkId,
            Compliance = result.Compliance,
            Resource = ProwlerResource.Build(result, provider),
            FirstSeen = result.Timestamp,
            LastSeen = result.Timestamp,
            RawRecord = raw,
        };
    }
}
