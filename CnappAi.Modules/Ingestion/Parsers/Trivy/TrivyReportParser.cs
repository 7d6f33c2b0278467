using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Trivy JSON report, schema 2 (<c>trivy image|fs|repo|config|sbom --format json</c>).</summary>
internal sealed class TrivyReportParser : JsonDocumentParser
{
    public override string Source => TrivyKeys.Source;

    public override string Format => "trivy-json";

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json || sniff.RootKind != JsonValueKind.Object || !sniff.Has("SchemaVersion"))
        {
            return 0;
        }

        var results = sniff.HasAny("Results[].Target", "Results[].Class");
        var artifact = sniff.HasAny("ArtifactName", "ArtifactType");
        return results && artifact ? 95 : results || artifact ? 60 : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return ParseResult.Reject("/", $"expected a Trivy report object but found {root.ValueKind}", null);
            yield break;
        }

        var artifact = TrivyArtifact.From(root);
        var scannedAt = root.Date("CreatedAt");
        foreach (var (result, i) in root.Items("Results").Select((r, i) => (r, i)))
        {
            var context = new TrivyResultContext(
                Format, artifact.Key, result.Str("Target") ?? string.Empty, result.Str("Type"), scannedAt, artifact.ResourceFor);
            foreach (var parsed in TrivyResultMapper.Map(result, $"/Results/{i}", context))
            {
                yield return parsed;
            }
        }
    }
}
