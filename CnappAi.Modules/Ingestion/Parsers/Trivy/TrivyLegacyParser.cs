using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>
/// Trivy's pre-0.20 JSON: a bare array of results (<c>[{"Target", "Type", "Vulnerabilities"}]</c>). The literal
/// <c>null</c> those versions wrote when nothing was found is left to the empty-document parser: nothing in it
/// says it is Trivy's.
/// </summary>
internal sealed class TrivyLegacyParser : JsonDocumentParser
{
    public override string Source => TrivyKeys.Source;

    public override string Format => "trivy-json-legacy";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
        && sniff.RootKind == JsonValueKind.Array
        && sniff.Has("[].Target")
        && sniff.Has("[].Vulnerabilities")
        && sniff.HasAny("[].Type", "[].Vulnerabilities[].VulnerabilityID")
            ? 80
            : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            yield return ParseResult.Reject("/", $"expected an array of Trivy results but found {root.ValueKind}", null);
            yield break;
        }

        foreach (var (result, i) in root.EnumerateArray().Select((r, i) => (r, i)))
        {
            var target = result.Str("Target") ?? string.Empty;
            var type = result.Str("Type");

            // No artifact block in this layout: an OS target names its image, anything else is a file.
            var image = TrivyTargets.ImageOf(target, type);
            var context = new TrivyResultContext(
                Format,
                string.Empty,
                target,
                type,
                null,
                path => image is null ? ResourceIds.SourceFile(null, path) : ResourceIds.ContainerImage(image));
            foreach (var parsed in TrivyResultMapper.Map(result, $"/{i}", context))
            {
                yield return parsed;
            }
        }
    }
}
