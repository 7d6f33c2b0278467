namespace CnappAi.Modules.Risk.Contracts;

/// <summary>Which KEV and EPSS data scoring uses: versions, sizes and where each came from (bundled or downloaded, with URL and date).</summary>
public sealed record ThreatIntelStatus(string KevVersion, int KevEntries, string EpssVersion, int EpssEntries, string Origin, IReadOnlyList<string> Problems);
