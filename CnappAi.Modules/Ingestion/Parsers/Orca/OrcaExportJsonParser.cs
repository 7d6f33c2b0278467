using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Orca's alert JSON export: a root array of flat alerts whose related models are nested objects
/// (<c>{"Title":..., "OrcaScore":5.1, "Inventory":{"Name":...}, "CloudAccount":{"Name":...}}</c>).
/// </summary>
internal sealed class OrcaExportJsonParser : JsonRecordParser
{
    private static readonly string[] Layouts = ["[].", ""];

    public override string Source => "orca";

    public override string Format => "orca-json-export";

    // A bare [] (an empty export) names no vendor; it is left to the shared empty-document reader.
    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && Layouts.Any(p => sniff.Has(p + "OrcaScore") && sniff.Has(p + "Title") && sniff.HasAny(p + "Inventory.Name", p + "CloudAccount.Name"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) =>
    [
        OrcaExportMapper.Map(
            new OrcaExportFields(
                record.FirstStr("AlertId", "alert_id"),
                record.Str("Title"),
                record.Str("Description"),
                record.Str("Category"),
                record.Str("RiskLevel"),
                record.Str("OrcaScore"),
                record.Str("Status"),
                record.Str("Source"),
                record.FirstStr("Inventory.Name", "Inventory"),
                record.FirstStr("CloudAccount.Name", "CloudAccount"),
                record.Str("CloudAccount.CloudProvider"),
                record.Str("CreatedAt"),
                record.Str("LastSeen")),
            Format,
            record.GetRawText()),
    ];
}
