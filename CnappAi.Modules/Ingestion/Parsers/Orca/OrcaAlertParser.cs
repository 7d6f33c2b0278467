using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Orca alerts as the DSL query (<c>GET /api/query/alerts</c>), <c>POST /api/rules/query/alerts</c> and
/// <c>GET /api/alerts</c> return them: <c>{"status":"success","data":[alert...],"next_page_token":...}</c>, NDJSON
/// of pages or alerts, a root array of alerts, or a single alert.
/// </summary>
internal sealed class OrcaAlertParser : JsonRecordParser
{
    private static readonly string[] Layouts = ["data[].", "[].", ""];

    public override string Source => "orca";

    public override string Format => "orca-alert";

    protected override IReadOnlyList<string> ArrayPaths => ["data"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind is not (ContentKind.Json or ContentKind.Ndjson))
        {
            return 0;
        }

        if (Layouts.Any(p => sniff.Has(p + "state.alert_id") && sniff.HasAny(p + "asset_unique_id", p + "cloud_provider", p + "asset_type")))
        {
            return 90;
        }

        // An empty page keeps Orca's envelope; total_ungrouped_items and next_page_token are Orca's own words.
        return sniff.Has("data") && sniff.Has("total_items") && sniff.HasAny("total_ungrouped_items", "next_page_token") ? 20 : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [OrcaAlertMapper.Map(record, Format)];
}
