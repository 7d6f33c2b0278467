namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>What kind of problem a finding describes (OCSF-inspired).</summary>
public enum FindingCategory
{
    Misconfiguration = 0,
    Vulnerability = 1,
    Identity = 2,
    DataExposure = 3,
    Threat = 4,
    Secret = 5,
    Compliance = 6,
}
