using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// <c>wizcli dir scan --format json</c>: vulnerable libraries (by manifest file) and secrets in a directory. The
/// resource is the file inside the scanned directory, or the directory itself for findings without a file.
/// </summary>
internal sealed class WizcliDirectoryParser : JsonDocumentParser
{
    public override string Source => "wiz";

    public override string Format => "wizcli-dir";

    public override int Detect(FileSniff sniff) =>
        WizcliReport.IsReport(sniff) && WizcliReport.IsOrigin(sniff, "CICDScanOriginDirectory") ? 90 : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        var directory = root.Str("scanOriginResource.name");
        var scan = new WizcliScan(root, Format, path =>
            ResourceIds.SourceFile(directory, path) ?? ResourceIds.SourceFile(null, directory));
        return [.. WizcliVulnerabilities.Map(scan), .. WizcliSecrets.Map(scan)];
    }
}
