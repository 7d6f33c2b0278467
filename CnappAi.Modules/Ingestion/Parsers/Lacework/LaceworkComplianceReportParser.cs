using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// Lacework compliance reports (<c>GET /api/v2/Reports?format=json</c>, AWS/Azure/GCP): <c>data[]</c> reports, each
/// with <c>recommendations[]</c> whose <c>VIOLATIONS</c> list the failing resources. One observation per violation,
/// each rejected alone at its own pointer.
/// </summary>
internal sealed class LaceworkComplianceReportParser : JsonDocumentParser
{
    public override string Source => "lacework";

    public override string Format => "lacework-compliance-report";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
            && sniff.HasAny("data[].recommendations[].REC_ID", "recommendations[].REC_ID")
            && sniff.HasAny("data[].reportType", "data[].reportTitle", "reportType", "reportTitle")
            ? 90
            : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        var reports = root.Get("data") is { ValueKind: JsonValueKind.Array } data
            ? data.EnumerateArray().Select((r, i) => (Report: r, Pointer: $"/data/{i}"))
            : [(root, string.Empty)];
        foreach (var (report, pointer) in reports)
        {
            var recIndex = 0;
            foreach (var recommendation in report.Items("recommendations"))
            {
                var recPointer = $"{pointer}/recommendations/{recIndex++}";
                var scope = LaceworkComplianceScope.Of(report, recommendation);
                var violationIndex = 0;
                foreach (var violation in recommendation.Items("VIOLATIONS"))
                {
                    var location = $"{recPointer}/VIOLATIONS/{violationIndex++}";
                    foreach (var result in RecordMapping.Run(location, violation, () => [LaceworkComplianceMapper.Map(recommendation, violation, scope, Format)]))
                    {
                        yield return result;
                    }
                }
            }
        }
    }
}
