namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>How much of an action type runs without a person, per environment.</summary>
public enum GovernanceMode
{
    /// <summary>The action is drafted and shown, never executed.</summary>
    ReadOnly = 0,

    /// <summary>The action runs only after the plan is approved.</summary>
    HumanInTheLoop = 1,

    /// <summary>Runs without approval: allowed only for allow-listed low-risk types, and in production only when an admin allows it.</summary>
    Automated = 2,
}
