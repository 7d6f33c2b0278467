using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>Everything one score reads: the problem (severity, CVE, control), where it is (asset context) and who agrees.</summary>
internal sealed record RiskInputs(
    FindingCategory Category,
    Severity Severity,
    double? Cvss,
    string? CvssVector,
    string? Cve,
    string? ControlId,
    bool Open,
    AssetContext? Context,
    IReadOnlyList<string> Sources,
    double AgeDays,
    bool OnAttackPath);
