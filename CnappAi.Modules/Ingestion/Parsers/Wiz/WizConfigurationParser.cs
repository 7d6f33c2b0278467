using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Wiz GraphQL <c>configurationFindings</c> nodes (cloud configuration rule results), in any <see cref="WizLayouts"/> layout.</summary>
internal sealed class WizConfigurationParser : JsonRecordParser
{
    private static readonly IReadOnlyList<string> Paths = WizLayouts.ArrayPaths("configurationFindings");

    public override string Source => "wiz";

    public override string Format => "wiz-graphql-configuration";

    protected override IReadOnlyList<string> ArrayPaths => Paths;

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && WizLayouts.HasNode(
                sniff,
                Paths,
                ["rule.shortId", "rule.remediationInstructions", "analyzedAt"],
                ["resource.cloudPlatform", "resource.subscription", "resource.nativeType", "resource.providerId"],
                ["result", "evidence"])
            ? 85
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => WizConfigurationMapper.Map(record, Format);
}
