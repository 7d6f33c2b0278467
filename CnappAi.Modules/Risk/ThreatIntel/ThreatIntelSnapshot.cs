
namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>KEV, EPSS and CISA SSVC hints as loaded, with where they came from (bundled or downloaded) and their versions.</summary>
internal sealed record ThreatIntelSnapshot(
    IReadOnlyDictionary<long, KevEntry> Kev,
    string KevVersion,
    IReadOnlyDictionary<long, (float Epss, float Percentile)> Epss,
    string EpssVersion,
    IReadOnlyDictionary<long, SsvcHint> Ssvc,
    string Origin)
{
    public KevEntry? KevOf(string cve) => CveKey.Of(cve) is { } key ? Kev.GetValueOrDefault(key) : null;

    public (float Epss, float Percentile)? EpssOf(string cve) => CveKey.Of(cve) is { } key && Epss.TryGetValue(key, out var e) ? e : null;

    public SsvcHint? SsvcOf(string cve) => CveKey.Of(cve) is { } key ? Ssvc.GetValueOrDefault(key) : null;
}
