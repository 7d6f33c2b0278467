using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Wiz GraphQL issue nodes (<c>issuesV2</c>, or <c>issues</c> on older tenants and in aliased queries): a response
/// page, a bare <c>nodes</c> page, a root array, NDJSON of nodes (Elastic's test input) or a single node.
/// </summary>
internal sealed class WizIssueParser : JsonRecordParser
{
    private static readonly IReadOnlyList<string> Paths = WizLayouts.ArrayPaths("issuesV2", "issues");

    public override string Source => "wiz";

    public override string Format => "wiz-graphql-issue";

    protected override IReadOnlyList<string> ArrayPaths => Paths;

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && WizLayouts.HasNode(sniff, Paths, ["entitySnapshot"], ["sourceRule", "sourceRules", "type"], ["severity"], ["status"])
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [WizIssueMapper.Map(record, Format)];
}
