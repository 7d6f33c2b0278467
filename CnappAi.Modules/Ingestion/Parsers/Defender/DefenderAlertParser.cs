using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Security alerts as ARM returns them (<c>Microsoft.Security/locations/alerts</c>, vendor-apis.md 10.2).</summary>
internal sealed class DefenderAlertParser : DefenderJsonParser
{
    public override string Format => "defender-alert";

    public override int Detect(FileSniff sniff) =>
        DefenderLayouts.IsJson(sniff) && DefenderLayouts.Any(p =>
            sniff.Has(p + "properties.alertType")
            && sniff.HasAny(p + "properties.systemAlertId", p + "properties.alertDisplayName")
            && sniff.HasAny(p + "properties.severity", p + "properties.status"))
            ? 90
            : 0;
}
