using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Maps a security alert, in the ARM shape (fields under <c>properties</c>) or the flat workspace shape.</summary>
internal static class DefenderAlertMapper
{
    public static NormalizedObservation Map(JsonElement alert, string format)
    {
        var p = alert.GetI("properties") is { ValueKind: JsonValueKind.Object } properties ? properties : alert;

        // systemAlertId is the ARM alert name and the export's key alike, so one alert keeps one id across formats.
        var id = RecordMapping.Require(p.StrI("systemAlertId") ?? alert.StrI("name"), "alert id");
        var title = RecordMapping.Require(p.FirstStrI("alertDisplayName", "alertType"), "alert name");
        var description = p.StrI("description");
        var severity = p.StrI("severity");
        var status = p.StrI("status");
        return new NormalizedObservation
        {
            Source = "defender",
            SourceFindingId = id,
            Format = format,
            Category = FindingCategory.Threat,
            Title = title,
            Description = description,
            Severity = DefenderScales.Severities.Map(severity, DefenderScales.SeverityFallback),
            SourceSeverity = severity,
            Status = DefenderScales.AlertStatus.Map(status, DefenderScales.StatusFallback),
            SourceStatus = status,
            Cves = CveIds.Extract(title, description),
            RuleId = p.StrI("alertType"),
            Resource = DefenderResource.ForAlert(alert, p),
            FirstSeen = p.DateI("startTimeUtc") ?? p.DateI("timeGeneratedUtc") ?? p.DateI("timeGenerated"),
            LastSeen = p.DateI("endTimeUtc") ?? p.DateI("timeGeneratedUtc") ?? p.DateI("timeGenerated"),
            RawRecord = alert.GetRawText(),
        };
    }
}
