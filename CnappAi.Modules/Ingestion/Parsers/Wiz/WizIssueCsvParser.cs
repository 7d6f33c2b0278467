using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>The Wiz portal's Issues CSV export (one row per issue; <c>Issue ID</c> is the issue's UUID).</summary>
internal sealed class WizIssueCsvParser : CsvRecordParser
{
    public override string Source => "wiz";

    public override string Format => "wiz-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv
            && sniff.HasColumns("Issue ID", "Title", "Severity", "Status")
            && (sniff.HasColumn("Resource external ID") || sniff.HasColumn("Control ID"))
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        var id = RecordMapping.Require(row.Get("Issue ID"), "Issue ID");
        var title = RecordMapping.Require(row.Get("Title"), "Title");
        var severity = row.Get("Severity");
        var status = row.Get("Status");
        return [new NormalizedObservation
        {
            Source = Source,
            SourceFindingId = id,
            Format = Format,
            Category = WizCategories.FromWords(title),
            Title = title,
            Description = row.Get("Description"),
            Severity = WizScales.Severities.Map(severity, WizScales.SeverityFallback),
            SourceSeverity = severity,
            Status = WizScales.Statuses.Map(status, WizScales.StatusFallback),
            SourceStatus = status,
            Cves = CveIds.Extract(title),
            RuleId = row.Get("Control ID"),
            Resource = Resource(row),
            FirstSeen = JsonElementExtensions.ParseDate(row.Get("Created At")),
            RawRecord = row.Raw,
        }];
    }

    private static CanonicalResource Resource(CsvRow row) =>
        WizResources.Resolve(new WizEntity(
            [row.Get("Resource external ID"), OriginalId(row.Get("Resource original JSON"))],
            row.Get("Resource vertex ID"),
            row.Get("Resource Platform"),
            row.Get("Resource Type"),
            row.Get("Resource Name"),
            row.Get("Resource Region"),
            row.Get("Subscription ID"),
            row.Get("Kubernetes Namespace")))
        ?? throw new RecordRejectedException("record has no Resource external ID or Resource vertex ID");

    /// <summary>Wiz exports some resources (AKS clusters) under a hash; the cloud's own id is in the original JSON.</summary>
    private static string? OriginalId(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Str("id");
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
