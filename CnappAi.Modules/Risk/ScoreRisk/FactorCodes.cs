namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>The factor codes of the stored breakdown and their display names, in breakdown order.</summary>
internal static class FactorCodes
{
    public const string Severity = "sev";
    public const string Kev = "kev";
    public const string Epss = "epss";
    public const string Exploit = "exploit";
    public const string Threat = "threat";
    public const string Exposure = "exposure";
    public const string Environment = "env";
    public const string Criticality = "crit";
    public const string Data = "data";
    public const string CrownJewel = "jewel";
    public const string AttackPath = "path";
    public const string Tools = "tools";
    public const string Age = "age";

    /// <summary>Every factor with its display name and the input it reads when nothing is known (not stored).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Default)> All =
    [
        (Severity, "Severity / CVSS", "unknown"), (Kev, "CISA KEV", "not listed"), (Epss, "EPSS", "no score"),
        (Exploit, "Exploit available", "none known"), (Threat, "Active threat detection", "no"), (Exposure, "Internet exposure", "unknown"),
        (Environment, "Environment", "unknown"), (Criticality, "Asset criticality", "unknown"), (Data, "Data sensitivity", "unknown"),
        (CrownJewel, "Crown jewel", "no"), (AttackPath, "Attack path", "none known"), (Tools, "Tools that agree", "1"), (Age, "Age", "0 days"),
    ];

    public static string DefaultOf(string code) => All.FirstOrDefault(c => c.Code == code).Default ?? "unknown";
}
