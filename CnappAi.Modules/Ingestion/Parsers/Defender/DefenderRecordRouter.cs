using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Sends each Defender record to the mapper for its type (<c>type</c> / <c>Type</c>, any casing).</summary>
internal static class DefenderRecordRouter
{
    public static IEnumerable<NormalizedObservation> Map(JsonElement record, string format)
    {
        var type = record.StrI("type")?.Trim() ?? string.Empty;
        if (IsAlert(record, type))
        {
            return [DefenderAlertMapper.Map(record, format)];
        }

        if (type.EndsWith("/subAssessments", StringComparison.OrdinalIgnoreCase))
        {
            return [DefenderSubAssessmentMapper.Map(record, format)];
        }

        if (type.Equals("Microsoft.Security/assessments", StringComparison.OrdinalIgnoreCase))
        {
            return [DefenderAssessmentMapper.Map(record, format)];
        }

        if (type.EndsWith("/regulatoryComplianceAssessments", StringComparison.OrdinalIgnoreCase))
        {
            return [DefenderComplianceMapper.Map(record, format)];
        }

        // Secure scores, their controls and the compliance standard/control roll-ups only count the
        // assessments above; those assessments are the findings, so the aggregates add nothing.
        if (type.Contains("/secureScore", StringComparison.OrdinalIgnoreCase)
            || type.Contains("/regulatoryComplianceStandards", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        throw new RecordRejectedException(type.Length == 0
            ? "record has no type: not a Defender for Cloud alert, assessment or sub-assessment"
            : $"unsupported Defender for Cloud record type '{type}'");
    }

    // Workspace-schema alerts (continuous export, Log Analytics SecurityAlert) carry no ARM type.
    private static bool IsAlert(JsonElement record, string type) =>
        type.EndsWith("/alerts", StringComparison.OrdinalIgnoreCase)
        || (type.Length == 0 && record.GetI("SystemAlertId") is not null)
        || (type.Length == 0 && record.GetI("properties.systemAlertId") is not null);
}
