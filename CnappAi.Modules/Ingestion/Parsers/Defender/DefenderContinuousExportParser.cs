using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>
/// Continuous export (Event Hub / Log Analytics) streams: mixed record types in one file, some camelCase and
/// some PascalCase, each carrying an <c>...EventDataEnrichment</c> block, and alerts in the flat workspace schema.
/// </summary>
internal sealed class DefenderContinuousExportParser : DefenderJsonParser
{
    public override string Format => "defender-continuous-export";

    public override int Detect(FileSniff sniff)
    {
        if (!DefenderLayouts.IsJson(sniff))
        {
            return 0;
        }

        if (DefenderLayouts.Any(p => sniff.HasAny(
            p + "securityEventDataEnrichment.action",
            p + "SecurityEventDataEnrichment.Action",
            p + "assessmentEventDataEnrichment.action",
            p + "SubAssessmentEventDataEnrichment.Action")))
        {
            return 95;
        }

        return DefenderLayouts.Any(p => sniff.Has(p + "SystemAlertId") && sniff.Has(p + "AlertType") && sniff.Has(p + "AlertDisplayName"))
            ? 90
            : 0;
    }
}
