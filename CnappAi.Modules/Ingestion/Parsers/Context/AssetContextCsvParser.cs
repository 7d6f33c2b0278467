using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>
/// The asset-context CSV a CMDB export gives (docs/context-files.md): one row per resource with owner team,
/// application, environment, data classification and criticality. Rows are validated here (bad ones are rejected with
/// their line); the import applies the file to the asset inventory, and it yields no findings.
/// </summary>
internal sealed class AssetContextCsvParser : CsvRecordParser
{
    public static readonly string[] RequiredColumns =
        ["resource_id", "owner_team", "application", "environment", "data_classification", "business_criticality"];

    public override string Source => "cmdb";

    public override string Format => "asset-context-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv && sniff.HasColumns(RequiredColumns) ? 95 : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        ContextVocabulary.ResourceId(row.Get("resource_id"), "resource_id");
        RecordMapping.Require(row.Get("owner_team"), "owner_team");
        RecordMapping.Require(row.Get("application"), "application");
        ContextVocabulary.Check(row.Get("environment"), ContextVocabulary.Environments, "environment");
        ContextVocabulary.Check(row.Get("data_classification"), ContextVocabulary.DataClassifications, "data_classification");
        ContextVocabulary.Check(row.Get("business_criticality"), ContextVocabulary.Criticalities, "business_criticality");
        if (row.Get("internet_facing") is { } exposed && !bool.TryParse(exposed, out _))
        {
            throw new RecordRejectedException($"internet_facing '{exposed}' is not true or false");
        }

        return [];
    }
}
