namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>A CISA KEV entry: when CISA added it and whether it is known to be used in ransomware campaigns.</summary>
internal sealed record KevEntry(DateOnly DateAdded, bool Ransomware);
