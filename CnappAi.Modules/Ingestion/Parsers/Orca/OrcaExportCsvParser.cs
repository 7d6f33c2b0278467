using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>Orca's alert CSV export (<c>OrcaScore, Title, Category, Inventory.Name, CloudAccount.Name, Source, Status, ...</c>).</summary>
internal sealed class OrcaExportCsvParser : CsvRecordParser
{
    public override string Source => "orca";

    public override string Format => "orca-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv
            && sniff.HasColumns("OrcaScore", "Title", "Status")
            && (sniff.HasColumn("Inventory.Name") || sniff.HasColumn("CloudAccount.Name"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row) =>
    [
        OrcaExportMapper.Map(
            new OrcaExportFields(
                row.Get("AlertId", "Alert ID"),
                row.Get("Title"),
                row.Get("Description"),
                row.Get("Category"),
                row.Get("RiskLevel", "Risk Level"),
                row.Get("OrcaScore"),
                row.Get("Status"),
                row.Get("Source"),
                row.Get("Inventory.Name"),
                row.Get("CloudAccount.Name"),
                row.Get("CloudAccount.CloudProvider"),
                row.Get("CreatedAt"),
                row.Get("LastSeen")),
            Format,
            row.Raw),
    ];
}
