using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// The oldest Orca <c>/alerts</c> listing, <c>{"alerts":[...]}</c>: flat <c>alert_id</c>, <c>alert_status</c> and
/// a severity word, or full alert objects with <c>state</c>. Both map through <see cref="OrcaAlertMapper"/>; an
/// alert that names no asset at all is rejected, since a finding must say what it is about.
/// </summary>
internal sealed class OrcaLegacyAlertParser : JsonRecordParser
{
    public override string Source => "orca";

    public override string Format => "orca-alert-legacy";

    protected override IReadOnlyList<string> ArrayPaths => ["alerts"];

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && sniff.HasAny("alerts[].alert_id", "alerts[].state.alert_id")
            && sniff.HasAny("alerts[].alert_status", "alerts[].state.status", "alerts[].alert_type")
            ? 85
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [OrcaAlertMapper.Map(record, Format)];
}
