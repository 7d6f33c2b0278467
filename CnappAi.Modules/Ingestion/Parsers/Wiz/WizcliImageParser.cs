using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// <c>wizcli docker scan --format json</c>: vulnerable OS packages and libraries plus secrets of one container
/// image. Every finding's resource is the image itself (its digest when wizcli reports one).
/// </summary>
internal sealed class WizcliImageParser : JsonDocumentParser
{
    public override string Source => "wiz";

    public override string Format => "wizcli-image";

    public override int Detect(FileSniff sniff) =>
        WizcliReport.IsReport(sniff) && WizcliReport.IsOrigin(sniff, "CICDScanOriginContainerImage") ? 90 : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        var image = ResourceIds.ContainerImage(root.Str("scanOriginResource.name"), root.Str("scanOriginResource.digest"));
        var scan = new WizcliScan(root, Format, _ => image);
        return [.. WizcliVulnerabilities.Map(scan), .. WizcliSecrets.Map(scan)];
    }
}
