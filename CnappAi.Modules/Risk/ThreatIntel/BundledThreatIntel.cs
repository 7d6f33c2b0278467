using System.IO.Compression;

namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>
/// The KEV, EPSS and CISA SSVC snapshots shipped in the module (ThreatIntel/Data, see NOTICE.md). Parsed once per
/// process: they never change at run time, and EPSS is 360,000 rows.
/// </summary>
internal static class BundledThreatIntel
{
    public const string EpssVersion = "2026-08-15 (bundled)";

    private static readonly Lazy<(IReadOnlyDictionary<long, KevEntry> Entries, string Version)> KevData = new(() =>
    {
        using var gzip = new GZipStream(Open("kev.json.gz"), CompressionMode.Decompress);
        return ThreatIntelParser.Kev(gzip);
    });

    private static readonly Lazy<(IReadOnlyDictionary<long, (float, float)> Entries, string Version)> EpssData = new(() =>
    {
        using var stream = Open("epss.csv.gz");
        return ThreatIntelParser.Epss(stream, EpssVersion);
    });

    private static readonly Lazy<IReadOnlyDictionary<long, SsvcHint>> SsvcData = new(() =>
    {
        using var stream = Open("vulnrichment-ssvc.csv");
        return ThreatIntelParser.Ssvc(stream);
    });

    public static (IReadOnlyDictionary<long, KevEntry> Entries, string Version) Kev => KevData.Value;

    public static (IReadOnlyDictionary<long, (float, float)> Entries, string Version) Epss => EpssData.Value;

    public static IReadOnlyDictionary<long, SsvcHint> Ssvc => SsvcData.Value;

    private static Stream Open(string name)
    {
        var assembly = typeof(BundledThreatIntel).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".ThreatIntel.Data." + name, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource)!;
    }
}
