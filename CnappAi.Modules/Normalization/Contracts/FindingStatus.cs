namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Lifecycle of a finding, whatever the source calls it.</summary>
public enum FindingStatus
{
    Open = 0,
    InProgress = 1,
    Resolved = 2,
    Suppressed = 3,
}
