using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>Lacework v2 alerts: <c>GET /api/v2/Alerts</c> and <c>POST /api/v2/Alerts/search</c> pages, NDJSON or a root array.</summary>
internal sealed class LaceworkAlertParser : JsonRecordParser
{
    public override string Source => "lacework";

    public override string Format => "lacework-alert";

    protected override IReadOnlyList<string> ArrayPaths => ["data"];

    public override int Detect(FileSniff sniff) =>
        LaceworkLayouts.HasRecord(sniff, ["alertId"], ["alertType", "policyId"], ["severity"]) ? 90 : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [LaceworkAlertMapper.Map(record, Format)];
}
