using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler v4+ <c>-M json-ocsf</c>: an array of OCSF Detection Findings (class 2004) for every provider.</summary>
internal sealed class ProwlerOcsfParser : JsonRecordParser
{
    private static readonly string[] Prefixes = ["[].", string.Empty];

    public override string Source => ProwlerObservations.Source;

    public override string Format => "prowler-ocsf";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is ContentKind.Json or ContentKind.Ndjson
        && Prefixes.Any(p => sniff.Has(p + "finding_info.uid") && sniff.Has(p + "status_code") && sniff.Has(p + "metadata.event_code"))
        && sniff.Head.Contains("\"Prowler\"", StringComparison.Ordinal)
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record)
    {
        var resource = record.Items("resources").FirstOrDefault(r => r.ValueKind == JsonValueKind.Object);
        var hasResource = resource.ValueKind == JsonValueKind.Object;
        var uid = Value(record, "finding_info.uid");
        var ns = hasResource ? Value(resource, "namespace") : null;
        var result = new ProwlerCheckResult
        {
            FindingUid = uid,
            Provider = Value(record, "cloud.provider") ?? ProwlerValues.ProviderFromUid(uid) ?? (ns is null ? null : "kubernetes"),
            CheckId = Value(record, "metadata.event_code"),
            CheckTitle = Value(record, "finding_info.title"),
            Status = Value(record, "status_code"),

            // The status caption, not status_id: Prowler 4.2 wrote status_id 3 (Suppressed) beside "New".
            Muted = string.Equals(Value(record, "status"), "Suppressed", StringComparison.OrdinalIgnoreCase),
            StatusExtended = Value(record, "status_detail") ?? Value(record, "message"),
            Severity = Value(record, "severity"),
            SeverityId = Value(record, "severity_id"),
            Service = hasResource ? Value(resource, "group.name") : null,
            ResourceType = hasResource ? Value(resource, "type") : null,
            ResourceUid = hasResource ? Value(resource, "uid") : null,
            ResourceName = hasResource ? Value(resource, "name") : null,
            Account = Value(record, "cloud.account.uid"),
            Region = (hasResource ? Value(resource, "region") : null) ?? Value(record, "cloud.region") ?? ns,
            Namespace = ns,
            Description = Value(record, "finding_info.desc"),
            Risk = Value(record, "risk_details"),
            Types = [.. ProwlerValues.Strings(record.Get("finding_info.types")).Concat(ProwlerValues.Strings(record.Get("unmapped.check_type")))],
            Categories = ProwlerValues.Strings(record.Get("unmapped.categories")),
            Compliance = ProwlerValues.ComplianceFromObject(record.Get("unmapped.compliance")),
            Timestamp = record.Date("finding_info.created_time_dt") ?? record.Date("time_dt") ?? record.Date("event_time") ?? record.Date("finding_info.created_time"),
        };
        return [ProwlerObservations.Create(result, Format, record.GetRawText())];
    }

    private static string? Value(JsonElement element, string path) => ProwlerValues.Clean(element.Str(path));
}
