namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>Whether the build may go on: it fails only when a new, non-accepted issue reaches the threshold.</summary>
public enum GateOutcome
{
    Pass,
    Fail,
}
