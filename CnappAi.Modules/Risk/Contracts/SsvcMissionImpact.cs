namespace CnappAi.Modules.Risk.Contracts;

/// <summary>SSVC decision point "Mission &amp; Well-being", derived from the asset's criticality, environment and data.</summary>
public enum SsvcMissionImpact
{
    Low = 0,
    Medium = 1,
    High = 2,
}
