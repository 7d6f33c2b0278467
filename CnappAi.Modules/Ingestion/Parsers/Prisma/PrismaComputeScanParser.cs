using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>
/// Prisma Cloud Compute (Twistlock) scan results: twistcli JSON (<c>{"results":[...]}</c>) and the Compute
/// API's image/host reports (a root array or one report). Each vulnerability and each failed compliance
/// check is one observation on the scanned image.
/// </summary>
internal sealed class PrismaComputeScanParser : JsonDocumentParser
{
    public override string Source => "prisma";

    public override string Format => "prisma-compute-scan";

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json)
        {
            return 0;
        }

        if (sniff.Has("results[].id") && sniff.HasAny("results[].vulnerabilityDistribution", "results[].complianceDistribution"))
        {
            return 85;
        }

        string[] layouts = ["[].", string.Empty];
        return layouts.Any(p => sniff.Has(p + "_id")
            && sniff.HasAny(p + "vulnerabilities", p + "complianceIssues")
            && sniff.HasAny(p + "vulnerabilityDistribution", p + "repoTag", p + "hostname")) ? 80 : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root) =>
        Reports(root).SelectMany(r => PrismaComputeReport.Read(r.Pointer, r.Report, Format));

    private static IEnumerable<(string Pointer, JsonElement Report)> Reports(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Select((r, i) => ($"/{i}", r));
        }

        return root.Get("results") is { ValueKind: JsonValueKind.Array } results
            ? results.EnumerateArray().Select((r, i) => ($"/results/{i}", r))
            : [(string.Empty, root)];
    }
}
