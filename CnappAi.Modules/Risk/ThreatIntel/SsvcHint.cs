namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>CISA's own SSVC decision points for a CVE (vulnrichment): exploitation, automatable, technical impact.</summary>
internal sealed record SsvcHint(string Exploitation, bool Automatable, bool TotalImpact);
