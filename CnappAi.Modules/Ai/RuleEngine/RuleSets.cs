namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>Rule-set ids and their version, recorded in the provenance of every rule-based output.</summary>
internal static class RuleSets
{
    public const string Version = "1.0";

    public const string Triage = "rules.triage@" + Version;
    public const string Explanation = "rules.explanation@" + Version;
    public const string Fix = "rules.fix-catalogue@" + Version;
    public const string Query = "rules.query@" + Version;
    public const string Policy = "rules.policy@" + Version;
    public const string Investigation = "rules.investigation@" + Version;
}
