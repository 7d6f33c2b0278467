using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler v3 <c>-M json</c>: an array of check results (<c>FindingUniqueId</c>, <c>CheckID</c>, <c>ResourceArn</c>…).</summary>
internal sealed class ProwlerJsonParser : JsonRecordParser
{
    private static readonly string[] Prefixes = ["[].", string.Empty];

    public override string Source => ProwlerObservations.Source;

    public override string Format => "prowler-json";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is ContentKind.Json or ContentKind.Ndjson
        && Prefixes.Any(p => sniff.Has(p + "FindingUniqueId") && sniff.Has(p + "CheckID") && sniff.Has(p + "StatusExtended"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record)
    {
        var result = new ProwlerCheckResult
        {
            FindingUid = Value(record, "FindingUniqueId"),
            Provider = Value(record, "Provider"),
            CheckId = Value(record, "CheckID"),
            CheckTitle = Value(record, "CheckTitle"),
            Status = Value(record, "Status"),
            StatusExtended = Value(record, "StatusExtended"),
            Severity = Value(record, "Severity"),
            Service = Value(record, "ServiceName"),
            ResourceType = Value(record, "ResourceType"),
            ResourceUid = Value(record, "ResourceArn") ?? Value(record, "ResourceId"),
            ResourceName = Value(record, "ResourceId") ?? Value(record, "ResourceName"),
            Account = Value(record, "AccountId") ?? Value(record, "Subscription") ?? Value(record, "ProjectId"),
            Region = Value(record, "Region") ?? Value(record, "Location"),
            Description = Value(record, "Description"),
            Risk = Value(record, "Risk"),
            Types = ProwlerValues.Strings(record.Get("CheckType")),
            Categories = ProwlerValues.Strings(record.Get("Categories")),
            Compliance = ProwlerValues.ComplianceFromObject(record.Get("Compliance")),
            Timestamp = record.Date("AssessmentStartTime"),
        };
        return [ProwlerObservations.Create(result, Format, record.GetRawText())];
    }

    private static string? Value(JsonElement record, string key) => ProwlerValues.Clean(record.Str(key));
}
