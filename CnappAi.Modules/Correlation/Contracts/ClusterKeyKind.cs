namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>What a unified finding is keyed on, besides its resource.</summary>
public enum ClusterKeyKind
{
    /// <summary>A CVE (directly, or through an advisory alias such as a GHSA id).</summary>
    Cve = 0,

    /// <summary>A non-CVE advisory id (GHSA, vendor advisory) with no known CVE alias.</summary>
    Advisory = 1,

    /// <summary>A shared control from the crosswalk or a confirmed mapping.</summary>
    Control = 2,

    /// <summary>A vendor rule with no shared control: only that tool's repeats merge.</summary>
    Rule = 3,

    /// <summary>A person split the finding out of a wrong merge; the split is kept on re-import.</summary>
    Split = 4,
}
