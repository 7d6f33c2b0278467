namespace CnappAi.Modules.Risk.Contracts;

/// <summary>What an exception covers.</summary>
public enum ExceptionKind
{
    /// <summary>A risk acceptance of one unified finding.</summary>
    Acceptance = 0,

    /// <summary>A suppression rule: every finding matching its control, resource pattern, environment and tag.</summary>
    Suppression = 1,
}
