using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// <c>wizcli iac scan --format json</c>: IaC rule matches and secrets. The report names the scan, not the repository
/// (<c>"IAC scan 2024-07-16T12:17:28Z"</c>, new on every run), so files are keyed by their path alone.
/// </summary>
internal sealed class WizcliIacParser : JsonDocumentParser
{
    public override string Source => "wiz";

    public override string Format => "wizcli-iac";

    public override int Detect(FileSniff sniff)
    {
        if (!WizcliReport.IsReport(sniff))
        {
            return 0;
        }

        return WizcliReport.IsOrigin(sniff, "CICDScanOriginIAC") || sniff.HasAny("result.ruleMatches", "result.scanStatistics") ? 90 : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        var scan = new WizcliScan(root, Format, path => ResourceIds.SourceFile(null, path));
        return [.. WizcliRuleMatches.Map(scan), .. WizcliSecrets.Map(scan)];
    }
}
