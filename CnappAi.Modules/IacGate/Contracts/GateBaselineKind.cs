namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>What the scan was compared against.</summary>
public enum GateBaselineKind
{
    /// <summary>Nothing to compare with: every failed check counts as new.</summary>
    None,

    /// <summary>A baseline scan file given with the request.</summary>
    File,

    /// <summary>The last stored scan of the repository and baseline branch that passed the gate.</summary>
    StoredScan,
}
