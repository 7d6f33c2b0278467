namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>How a vendor rule was matched to a shared control, strongest first.</summary>
public enum MatchBasis
{
    /// <summary>A person confirmed the mapping (it overrides the shipped crosswalk).</summary>
    Confirmed = 0,

    /// <summary>The vendor's rule id is in the crosswalk.</summary>
    RuleId = 1,

    /// <summary>The rule's title, normalised, is in the crosswalk.</summary>
    RuleName = 2,

    /// <summary>The rule's id or title starts with a crosswalk prefix (titles with a variable tail).</summary>
    Prefix = 3,

    /// <summary>A threat detection's title contains the crosswalk's keywords.</summary>
    Keywords = 4,
}
