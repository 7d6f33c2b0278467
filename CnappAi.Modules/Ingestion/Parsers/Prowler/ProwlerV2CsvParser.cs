using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler v2 <c>-M csv</c> (<c>PROFILE,ACCOUNT_NUM,REGION,TITLE_ID,CHECK_RESULT…</c>); AWS only, no resource column.</summary>
internal sealed class ProwlerV2CsvParser : CsvRecordParser
{
    public override string Source => ProwlerObservations.Source;

    public override string Format => "prowler-v2-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv && sniff.HasColumns("ACCOUNT_NUM", "TITLE_ID", "CHECK_RESULT", "CHECK_RESULT_EXTENDED") ? 90 : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        var (checkId, title) = ProwlerV2Control.Split(row.Get("TITLE_TEXT"));
        var result = new ProwlerCheckResult
        {
            Provider = "aws",
            CheckId = checkId ?? row.Get("TITLE_ID"),
            CheckTitle = title,
            Status = row.Get("CHECK_RESULT"),
            StatusExtended = row.Get("CHECK_RESULT_EXTENDED"),
            Severity = row.Get("CHECK_SEVERITY"),
            Service = row.Get("CHECK_SERVICENAME"),
            ResourceType = row.Get("CHECK_ASFF_RESOURCE_TYPE"),
            Account = row.Get("ACCOUNT_NUM"),
            Region = row.Get("REGION"),
            Risk = row.Get("CHECK_RISK"),
            Types = [.. new[] { row.Get("CHECK_ASFF_TYPE"), row.Get("CHECK_CAF_EPIC") }.OfType<string>()],

            // The column mixes the ASFF namespace with ENS control ids; only the latter name a control.
            Compliance = [.. (row.Get("CHECK_ASFF_COMPLIANCE_TYPE") ?? string.Empty)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(token => token.StartsWith("ens-", StringComparison.OrdinalIgnoreCase))],
        };
        return [ProwlerObservations.Create(result, Format, row.Raw)];
    }
}
