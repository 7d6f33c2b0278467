using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Maps one entry of <c>Results[].Misconfigurations[]</c> (Dockerfile, Kubernetes, Terraform... checks).</summary>
internal static class TrivyMisconfigurationMapper
{
    public static NormalizedObservation Map(JsonElement misconfiguration, TrivyResultContext context)
    {
        var checkId = RecordMapping.Require(misconfiguration.FirstStr("ID", "AVDID"), "ID");
        var title = misconfiguration.Str("Title");
        var message = misconfiguration.Str("Message");
        var severity = misconfiguration.Str("Severity");
        var status = misconfiguration.Str("Status");
        var cause = misconfiguration.Get("CauseMetadata") ?? default;
        var location = $"{cause.Str("Resource")}:{cause.Str("StartLine")}-{cause.Str("EndLine")}";

        return new NormalizedObservation
        {
            Source = TrivyKeys.Source,

            // The message names the container or block the check failed on: one manifest line range can hold
            // several containers, each its own finding (DefectDojo's fabricated duplicates file relies on it).
            SourceFindingId = TrivyKeys.Join(context.ArtifactKey, context.Target, checkId, location, TrivyKeys.Digest(message)),
            Format = context.Format,
            Category = string.Equals(cause.Str("Service"), "iam", StringComparison.OrdinalIgnoreCase)
                ? FindingCategory.Identity
                : FindingCategory.Misconfiguration,
            Title = title is null ? checkId : $"{checkId} - {title}",
            Description = TrivyKeys.Lines(
                misconfiguration.Str("Description"),
                message,
                $"Target: {context.Target}",
                cause.Str("Resource") is { } resource ? $"Resource: {resource}" : null,
                cause.Str("StartLine") is { } start ? $"Lines: {start}-{cause.Str("EndLine")}" : null,
                misconfiguration.Str("Resolution") is { } resolution ? $"Resolution: {resolution}" : null,
                misconfiguration.Str("PrimaryURL")),
            Severity = TrivyScales.Severities.Map(severity, TrivyScales.SeverityFallback),
            SourceSeverity = severity,
            Status = TrivyScales.MisconfigurationStatuses.Map(status, TrivyScales.StatusFallback),
            SourceStatus = status,
            RuleId = checkId,
            Resource = TrivyKeys.Resource(context, null),
            LastSeen = context.ScannedAt,
            RawRecord = misconfiguration.GetRawText(),
        };
    }
}
