using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Recommendations as ARM returns them (<c>Microsoft.Security/assessments</c>, vendor-apis.md 10.1).</summary>
internal sealed class DefenderAssessmentParser : DefenderJsonParser
{
    public override string Format => "defender-assessment";

    public override int Detect(FileSniff sniff) =>
        DefenderLayouts.IsJson(sniff) && DefenderLayouts.Any(p =>
            sniff.Has(p + "properties.status.code")
            && sniff.Has(p + "properties.displayName")
            && sniff.HasAny(p + "properties.resourceDetails.Id", p + "properties.resourceDetails.id", p + "properties.resourceDetails.Source", p + "properties.resourceDetails.source"))
            ? 80
            : 0;
}
