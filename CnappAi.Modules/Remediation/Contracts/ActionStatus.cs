namespace CnappAi.Modules.Remediation.Contracts;

public enum ActionStatus
{
    /// <summary>Read-only governance: shown, never sent.</summary>
    Draft = 0,
    Pending = 1,
    Succeeded = 2,
    Failed = 3,
}
