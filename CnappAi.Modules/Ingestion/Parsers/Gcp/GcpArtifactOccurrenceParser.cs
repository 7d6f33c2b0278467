using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>
/// Artifact Analysis vulnerability occurrences: the <c>gcloud artifacts docker images describe
/// --show-package-vulnerability</c> summary (occurrences grouped by severity), <c>occurrences.list</c>
/// pages, <c>gcloud artifacts vulnerabilities list</c> arrays and single occurrences. Occurrences of other
/// kinds (DISCOVERY, BUILD, ...) say nothing is wrong and are skipped.
/// </summary>
internal sealed class GcpArtifactOccurrenceParser : JsonDocumentParser
{
    public override string Source => "gcp-artifact-analysis";

    public override string Format => "gcp-artifact-occurrence";

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json)
        {
            return 0;
        }

        if (sniff.Has("package_vulnerability_summary") && sniff.HasAny("image_summary", "discovery_summary"))
        {
            return 90;
        }

        if (sniff.Has("occurrences[].noteName") && sniff.Has("occurrences[].kind"))
        {
            return 85;
        }

        string[] layouts = ["[].", string.Empty];
        return layouts.Any(p => sniff.Has(p + "noteName") && sniff.Has(p + "kind") && sniff.HasAny(p + "resourceUri", p + "resource.uri"))
            ? 75
            : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root) =>
        Occurrences(root)
            .Where(o => IsVulnerability(o.Occurrence))
            .SelectMany(o => RecordMapping.Run(o.Pointer, o.Occurrence, () => [GcpArtifactMapper.Map(o.Occurrence, o.Group)]));

    private static IEnumerable<(string Pointer, JsonElement Occurrence, string? Group)> Occurrences(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Select((o, i) => ($"/{i}", o, (string?)null));
        }

        if (root.Get("package_vulnerability_summary.vulnerabilities") is { ValueKind: JsonValueKind.Object } groups)
        {
            return groups.EnumerateObject()
                .Where(g => g.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(g => g.Value.EnumerateArray().Select((o, i) =>
                    ($"/package_vulnerability_summary/vulnerabilities/{g.Name}/{i}", o, (string?)g.Name)));
        }

        return root.Get("occurrences") is { ValueKind: JsonValueKind.Array } page
            ? page.EnumerateArray().Select((o, i) => ($"/occurrences/{i}", o, (string?)null))
            : [("/", root, null)];
    }

    // A record of no stated kind is still mapped (and rejected there if it is not an occurrence at all).
    private static bool IsVulnerability(JsonElement occurrence) =>
        occurrence.ValueKind != JsonValueKind.Object
        || occurrence.Str("kind") is not { } kind
        || string.Equals(kind, "VULNERABILITY", StringComparison.OrdinalIgnoreCase);
}
