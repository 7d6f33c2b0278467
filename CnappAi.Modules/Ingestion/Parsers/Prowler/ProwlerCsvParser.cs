using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// Prowler v3+ <c>-M csv</c> (semicolon-delimited): v3 columns (<c>FINDING_UNIQUE_ID</c>, <c>ACCOUNT_ID</c>,
/// <c>RESOURCE_ARN</c>) and v4+ columns (<c>FINDING_UID</c>, <c>ACCOUNT_UID</c>, <c>RESOURCE_UID</c>, <c>MUTED</c>)
/// for every provider.
/// </summary>
internal sealed class ProwlerCsvParser : CsvRecordParser
{
    public override string Source => ProwlerObservations.Source;

    public override string Format => "prowler-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv
        && sniff.HasColumns("CHECK_ID", "STATUS", "STATUS_EXTENDED", "SEVERITY")
        && (sniff.HasColumn("FINDING_UID") || sniff.HasColumn("FINDING_UNIQUE_ID"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        var region = row.Get("REGION");
        var ns = ProwlerValues.Namespace(region);
        var result = new ProwlerCheckResult
        {
            FindingUid = row.Get("FINDING_UID", "FINDING_UNIQUE_ID"),
            Provider = row.Get("PROVIDER"),
            CheckId = row.Get("CHECK_ID"),
            CheckTitle = row.Get("CHECK_TITLE"),
            Status = row.Get("STATUS"),
            Muted = string.Equals(row.Get("MUTED"), "True", StringComparison.OrdinalIgnoreCase),
            StatusExtended = row.Get("STATUS_EXTENDED"),
            Severity = row.Get("SEVERITY"),
            Service = row.Get("SERVICE_NAME"),
            ResourceType = row.Get("RESOURCE_TYPE"),
            ResourceUid = row.Get("RESOURCE_UID", "RESOURCE_ARN", "RESOURCE_ID"),
            ResourceName = row.Get("RESOURCE_NAME", "RESOURCE_ID"),
            Account = row.Get("ACCOUNT_UID", "ACCOUNT_ID"),
            Region = ns ?? region,
            Namespace = ns,
            Description = row.Get("DESCRIPTION"),
            Risk = row.Get("RISK"),
            Types = ProwlerValues.Split(row.Get("CHECK_TYPE")),
            Categories = ProwlerValues.Split(row.Get("CATEGORIES")),
            Compliance = ProwlerValues.ComplianceFromText(row.Get("COMPLIANCE")),
            Timestamp = JsonElementExtensions.ParseDate(row.Get("TIMESTAMP", "ASSESSMENT_START_TIME")),
        };
        return [ProwlerObservations.Create(result, Format, row.Raw)];
    }
}
