using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Orca Serving Layer query results for the <c>Alert</c> model (<c>POST /api/serving-layer/query</c>):
/// <c>{"status":"success","data":[...]}</c>, the <c>model_data.Alert.objects</c> variant, NDJSON or a root array.
/// </summary>
internal sealed class OrcaServingLayerParser : JsonRecordParser
{
    private static readonly string[] Layouts = ["data[].", "model_data.Alert.objects[].", "[].", ""];

    public override string Source => "orca";

    public override string Format => "orca-serving-layer";

    protected override IReadOnlyList<string> ArrayPaths => ["data", "model_data.Alert.objects"];

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && Layouts.Any(p => sniff.Has(p + "data.AlertId")
                && sniff.HasAny(p + "data.RiskLevel", p + "data.OrcaScore", p + "data.Status", p + "data.Title"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [OrcaServingLayerMapper.Map(record, Format)];
}
