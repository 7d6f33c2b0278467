using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>
/// Sub-assessments (<c>Microsoft.Security/assessments/subAssessments</c>): the per-vulnerability or
/// per-rule detail under an assessment. They share the assessment keys, so the score outranks it only
/// when sub-assessment keys are present.
/// </summary>
internal sealed class DefenderSubAssessmentParser : DefenderJsonParser
{
    public override string Format => "defender-subassessment";

    public override int Detect(FileSniff sniff) =>
        DefenderLayouts.IsJson(sniff) && DefenderLayouts.Any(p =>
            sniff.Has(p + "properties.status.code")
            && sniff.Has(p + "properties.id")
            && sniff.HasAny(p + "properties.additionalData.assessedResourceType", p + "properties.impact", p + "properties.remediation"))
            ? 85
            : 0;
}
