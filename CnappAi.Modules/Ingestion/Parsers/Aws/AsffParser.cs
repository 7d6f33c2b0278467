using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>
/// AWS Security Finding Format: <c>GetFindings</c> pages (<c>{"Findings":[…]}</c>, some exports spell it
/// <c>findings</c>), EventBridge events, bare arrays (Prowler's ASFF output), NDJSON or a single finding.
/// Covers whatever product wrote the findings: Security Hub controls, Config, Inspector, GuardDuty, Prowler.
/// </summary>
internal sealed class AsffParser : JsonRecordParser
{
    private static readonly string[] Prefixes = ["Findings[].", "findings[].", "detail.findings[].", "[].", string.Empty];

    public override string Source => "aws-securityhub";

    public override string Format => "asff";

    /// <summary><c>detail.findings</c>: EventBridge "Security Hub Findings" events, one per line when archived as NDJSON.</summary>
    protected override IReadOnlyList<string> ArrayPaths => ["Findings", "findings", "detail.findings"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind is not (ContentKind.Json or ContentKind.Ndjson))
        {
            return 0;
        }

        // SchemaVersion + ProductArn are the ASFF signature; Resources or GeneratorId confirms a finding.
        return Prefixes.Any(p => sniff.Has(p + "SchemaVersion") && sniff.Has(p + "ProductArn") && sniff.HasAny(p + "Resources", p + "GeneratorId"))
            ? 90
            : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [AsffMapper.Map(record, Source, Format)];
}
