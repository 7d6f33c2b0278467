using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>
/// Prisma Cloud CSPM alerts (<c>POST /v2/alert?detailed=true</c> pages, <c>GET /alert</c> arrays, NDJSON
/// streams and single <c>GET /alert/{id}</c> documents).
/// </summary>
internal sealed class PrismaAlertParser : JsonRecordParser
{
    // Record keys are looked for at the root (single alert, NDJSON), in a root array and in a v2 page.
    private static readonly string[] Layouts = ["", "[].", "items[]."];

    public override string Source => "prisma";

    public override string Format => "prisma-alert";

    protected override IReadOnlyList<string> ArrayPaths => ["items"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind is not (ContentKind.Json or ContentKind.Ndjson))
        {
            return 0;
        }

        if (Layouts.Any(p => IsAlert(sniff, p)))
        {
            return 90;
        }

        // An empty last page still has Prisma's own envelope; nothing else pairs totalRows with nextPageToken.
        return sniff.Has("items") && sniff.Has("nextPageToken") && sniff.Has("totalRows") ? 20 : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [PrismaAlertMapper.Map(record)];

    private static bool IsAlert(FileSniff sniff, string p) =>
        sniff.HasAny(p + "policy.policyId", p + "policyId")
        && sniff.HasAny(p + "resource.rrn", p + "resource.cloudType")
        && sniff.HasAny(p + "alertTime", p + "firstSeen");
}
