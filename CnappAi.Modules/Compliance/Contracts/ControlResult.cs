namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>The state of a control, or of one resource under it.</summary>
public enum ControlResult
{
    /// <summary>No tool reported anything for the shared controls behind it.</summary>
    NotAssessed = 0,

    /// <summary>Checked, and every finding behind it is resolved.</summary>
    Pass = 1,

    /// <summary>At least one finding behind it is open (risk-accepted findings count as failing, with their exception noted).</summary>
    Fail = 2,
}
