using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler v2 <c>-M json</c>: one object per line with spaced keys (<c>Account Number</c>, <c>Control ID</c>); AWS only.</summary>
internal sealed class ProwlerV2JsonParser : JsonRecordParser
{
    private static readonly string[] Prefixes = [string.Empty, "[]."];

    public override string Source => ProwlerObservations.Source;

    public override string Format => "prowler-v2-json";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is ContentKind.Json or ContentKind.Ndjson
        && Prefixes.Any(p => sniff.Has(p + "Account Number") && sniff.Has(p + "Control") && sniff.Has(p + "Control ID") && sniff.Has(p + "Status"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record)
    {
        var (checkId, title) = ProwlerV2Control.Split(record.Str("Control"));
        var result = new ProwlerCheckResult
        {
            Provider = "aws",
            CheckId = checkId ?? Value(record, "Control ID"),
            CheckTitle = title,
            Status = Value(record, "Status"),
            StatusExtended = Value(record, "Message"),
            Severity = Value(record, "Severity"),
            Service = Value(record, "Service"),
            ResourceUid = Value(record, "Resource ID"),
            Account = Value(record, "Account Number"),
            Region = Value(record, "Region"),
            Risk = Value(record, "Risk"),
            Types = [.. new[] { Value(record, "Compliance"), Value(record, "CAF Epic") }.OfType<string>()],
            Timestamp = record.Date("Timestamp"),
        };
        return [ProwlerObservations.Create(result, Format, record.GetRawText())];
    }

    private static string? Value(JsonElement record, string key) => ProwlerValues.Clean(record.Str(key));
}
