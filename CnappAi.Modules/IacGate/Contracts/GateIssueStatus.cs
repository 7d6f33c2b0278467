namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>Whether a failed check is new or was already in the baseline.</summary>
public enum GateIssueStatus
{
    New,
    Existing,
}
