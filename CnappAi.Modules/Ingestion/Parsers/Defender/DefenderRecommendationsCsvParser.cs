using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>The portal's "Download CSV report" of recommendations: one row per assessment on one resource.</summary>
internal sealed class DefenderRecommendationsCsvParser : CsvRecordParser
{
    public override string Source => "defender";

    public override string Format => "defender-recommendations-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv && sniff.HasColumns("recommendationId", "recommendationDisplayName", "severity", "state", "resourceId")
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        // recommendationId is the full assessment id, so CSV and ARM imports of one assessment meet.
        var id = RecordMapping.Require(row.Get("recommendationId"), "recommendation id");
        var title = RecordMapping.Require(row.Get("recommendationDisplayName", "recommendationName"), "recommendation name");
        var severity = row.Get("severity");
        var state = row.Get("state");
        return
        [
            new NormalizedObservation
            {
                Source = Source,
                SourceFindingId = id.ToLowerInvariant(),
                Format = Format,
                Category = FindingCategory.Misconfiguration,
                Title = title,
                Description = row.Get("description"),
                Severity = DefenderScales.Severities.Map(severity, DefenderScales.SeverityFallback),
                SourceSeverity = severity,
                Status = DefenderAssessmentStatus.Resolve(state, row.Get("notApplicableReason"), deleted: false),
                SourceStatus = state,
                Cves = CveIds.Extract(title),
                RuleId = row.Get("recommendationName"),
                Resource = DefenderResource.FromAzureId(row.Get("resourceId"))
                    ?? DefenderResource.FromAzureId(id)
                    ?? throw new RecordRejectedException("record has no resource id"),
                FirstSeen = JsonElementExtensions.ParseDate(row.Get("firstEvaluationDate")),
                LastSeen = JsonElementExtensions.ParseDate(row.Get("exportedTimestamp") ?? row.Get("statusChangeDate")),
                RawRecord = row.Raw,
            },
        ];
    }
}
