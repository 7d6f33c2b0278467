using System.Text.RegularExpressions;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>How much one open finding helps an attacker (0–1) and which kind of help it is.</summary>
internal static partial class FindingWeights
{
    public static float Of(GraphFinding finding)
    {
        var bySeverity = finding.Severity switch
        {
            Severity.Critical => 1f,
            Severity.High => 0.8f,
            Severity.Medium => 0.5f,
            Severity.Low => 0.25f,
            _ => 0.1f,
        };
        return Math.Clamp(MathF.Max(bySeverity, (float)finding.RiskScore / 10f), 0f, 1f);
    }

    public static NodeRisk RiskOf(GraphFinding finding)
    {
        var weight = Of(finding);
        return finding.Category switch
        {
            FindingCategory.Vulnerability or FindingCategory.Threat => new(weight, 0, 0, 0),
            FindingCategory.Identity => new(0, 0, weight, 0),
            FindingCategory.Secret => new(0, 0, 0, weight),
            _ when IsAdminGrant(finding) => new(0, weight, weight, 0),
            _ => new(0, weight, 0, 0),
        };
    }

    /// <summary>An identity or misconfiguration finding that says the identity is administrator, owner or unrestricted.</summary>
    public static bool IsAdminGrant(GraphFinding finding) =>
        finding.Category is FindingCategory.Identity or FindingCategory.Misconfiguration
        && finding.Severity >= Severity.Medium
        && AdminWords().IsMatch(finding.Title);

    [GeneratedRegex(@"\badmin|administrator|\bowner\b|full[ -]access|\*:\*|privileged role|high privileges", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdminWords();
}
