using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// One alert's details, <c>GET /api/v2/Alerts/{alertId}?scope=Details</c>: <c>data</c> is the alert object itself
/// (not an array), adding <c>entityMap</c> to the list fields. NDJSON of such documents works too.
/// </summary>
internal sealed class LaceworkAlertDetailsParser : JsonRecordParser
{
    public override string Source => "lacework";

    public override string Format => "lacework-alert-details";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && sniff.Has("data.alertId")
            && sniff.HasAny("data.alertType", "data.policyId")
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) =>
        record.Get("data") is { ValueKind: JsonValueKind.Object } alert
            ? [LaceworkAlertMapper.Map(alert, Format)]
            : throw new RecordRejectedException("record has no data object (the alert)");
}
