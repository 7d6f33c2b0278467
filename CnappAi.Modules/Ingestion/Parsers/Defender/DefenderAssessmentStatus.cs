using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>The lifecycle of an assessment or sub-assessment, beyond the plain code-to-status table.</summary>
internal static class DefenderAssessmentStatus
{
    public static FindingStatus Resolve(string? code, string? cause, bool deleted)
    {
        // Continuous export sends "Delete" when Defender drops the record (fixed, or the resource is gone):
        // whatever the last status code said, the problem no longer stands.
        if (deleted)
        {
            return FindingStatus.Resolved;
        }

        return string.Equals(cause?.Trim(), "Exempt", StringComparison.OrdinalIgnoreCase)
            ? FindingStatus.Suppressed
            : DefenderScales.AssessmentStatus.Map(code, DefenderScales.StatusFallback);
    }

    public static bool IsDeleted(JsonElement record) =>
        string.Equals(
            record.FirstStrI("assessmentEventDataEnrichment.action", "subAssessmentEventDataEnrichment.action", "securityEventDataEnrichment.action"),
            "Delete",
            StringComparison.OrdinalIgnoreCase);
}
