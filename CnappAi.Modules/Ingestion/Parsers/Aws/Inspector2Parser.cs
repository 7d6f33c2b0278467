using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>Amazon Inspector2 <c>ListFindings</c> output (<c>{"findings":[…]}</c>, lower-camel keys), also as a bare array or NDJSON.</summary>
internal sealed class Inspector2Parser : JsonRecordParser
{
    private static readonly string[] Prefixes = ["findings[].", "[].", string.Empty];

    public override string Source => "aws-inspector2";

    public override string Format => "inspector2-findings";

    protected override IReadOnlyList<string> ArrayPaths => ["findings"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind is not (ContentKind.Json or ContentKind.Ndjson))
        {
            return 0;
        }

        if (Prefixes.Any(p => sniff.Has(p + "findingArn") && sniff.Has(p + "awsAccountId") && sniff.HasAny(p + "resources", p + "packageVulnerabilityDetails")))
        {
            return 90;
        }

        // An empty ListFindings page: nothing else to go on, so claim it weakly and let any richer match win.
        return sniff.Kind == ContentKind.Json && sniff.Keys.Count == 1 && sniff.Has("findings") && IsEmptyFindingsPage(sniff.Head) ? 10 : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [Inspector2Mapper.Map(record, Source, Format)];

    private static bool IsEmptyFindingsPage(string head)
    {
        try
        {
            using var document = JsonDocument.Parse(head);
            return document.RootElement.Get("findings") is { ValueKind: JsonValueKind.Array } findings && findings.GetArrayLength() == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
