using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>
/// Security Command Center findings: <c>listFindings</c> pages (<c>{"listFindingsResults":[{finding,resource}]}</c>),
/// their elements alone or as NDJSON (Pub/Sub notifications have the same shape), and bare Finding objects
/// (<c>GET</c>/<c>PATCH</c> responses, <c>{"findings":[...]}</c>).
/// </summary>
internal sealed class GcpSccFindingParser : JsonRecordParser
{
    private static readonly string[] WrappedLayouts = ["", "[].", "listFindingsResults[]."];
    private static readonly string[] BareLayouts = ["", "[].", "findings[]."];

    public override string Source => "gcp-scc";

    public override string Format => "gcp-scc-finding";

    protected override IReadOnlyList<string> ArrayPaths => ["listFindingsResults", "findings"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind is not (ContentKind.Json or ContentKind.Ndjson))
        {
            return 0;
        }

        if (WrappedLayouts.Any(p => sniff.Has(p + "finding.name") && sniff.Has(p + "finding.category")
            && sniff.HasAny(p + "finding.resourceName", p + "resource.name")))
        {
            return 90;
        }

        if (BareLayouts.Any(p => sniff.Has(p + "name") && sniff.Has(p + "category") && sniff.Has(p + "resourceName")
            && sniff.HasAny(p + "parent", p + "canonicalName", p + "securityMarks.name")
            && sniff.HasAny(p + "state", p + "eventTime")))
        {
            return 80;
        }

        // An empty page is still an SCC page: it imports nothing rather than failing as an unknown format.
        return sniff.Has("listFindingsResults") && sniff.HasAny("readTime", "totalSize") ? 60 : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => [GcpSccMapper.Map(record)];
}
