using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.ThreatIntel;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// Fills the SSVC decision points for a CVE finding and walks <see cref="SsvcTree"/>. Exploitation: KEV or CISA's own
/// SSVC says active; a CISA "poc" or EPSS at the exploit threshold says poc. Automatable and technical impact: CISA's
/// SSVC when it has the CVE, else the CVSS vector (AV:N/AC:L/PR:N/UI:N is automatable; C:H and I:H is total).
/// Mission &amp; well-being: from the asset (crown jewel or critical is high; production is at least medium).
/// </summary>
internal sealed class SsvcAssessor(IOptions<RiskOptions> options)
{
    public SsvcDecision Decide(RiskInputs i, KevEntry? kev, float? epss, SsvcHint? hint)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        var exploitation = (kev, hint?.Exploitation) switch
        {
            ({ }, _) => Note(evidence, "exploitation", "CISA KEV", SsvcExploitation.Active),
            (_, "active") => Note(evidence, "exploitation", "CISA SSVC", SsvcExploitation.Active),
            (_, "poc") => Note(evidence, "exploitation", "CISA SSVC", SsvcExploitation.Poc),
            _ when epss >= options.Value.ExploitEpssThreshold => Note(evidence, "exploitation", $"EPSS ≥ {options.Value.ExploitEpssThreshold}", SsvcExploitation.Poc),
            _ => Note(evidence, "exploitation", "no KEV entry, low EPSS", SsvcExploitation.None),
        };

        var vector = i.CvssVector ?? string.Empty;
        var hasVector = vector.Contains("AV:", StringComparison.Ordinal);
        var automatable = hint is not null ? Note(evidence, "automatable", "CISA SSVC", hint.Automatable)
            : hasVector ? Note(evidence, "automatable", "CVSS vector", Has(vector, "AV:N") && Has(vector, "AC:L") && Has(vector, "PR:N") && Has(vector, "UI:N"))
            : Note(evidence, "automatable", "no CVSS vector; assumed no", false);
        var total = hint is not null ? Note(evidence, "technicalImpact", "CISA SSVC", hint.TotalImpact)
            : hasVector ? Note(evidence, "technicalImpact", "CVSS vector", Has(vector, "C:H") && Has(vector, "I:H"))
            : Note(evidence, "technicalImpact", "CVSS ≥ 9.0", (i.Cvss ?? 0) >= 9.0);
        var mission = Mission(i.Context, evidence);
        return new SsvcDecision(SsvcTree.Decide(exploitation, automatable, total, mission), exploitation, automatable, total, mission, evidence);
    }

    private static SsvcMissionImpact Mission(AssetContext? c, Dictionary<string, string> evidence)
    {
        var prod = c?.Environment == "prod";
        if (c is { CrownJewel: true } || c?.Criticality == Criticality.Critical)
        {
            return Note(evidence, "missionImpact", c!.CrownJewel ? "crown jewel" : "critical asset", SsvcMissionImpact.High);
        }

        if (prod && (c!.Criticality == Criticality.High || c.DataSensitivity == DataSensitivity.Restricted))
        {
            return Note(evidence, "missionImpact", "production, high criticality or restricted data", SsvcMissionImpact.High);
        }

        return c?.Environment is "dev" or "test" or "sandbox"
            ? Note(evidence, "missionImpact", $"{c.Environment} environment", SsvcMissionImpact.Low)
            : Note(evidence, "missionImpact", prod ? "production" : "environment unknown or staging", SsvcMissionImpact.Medium);
    }

    // Metrics are compared whole ("C:H" must not match inside "AC:H").
    private static bool Has(string vector, string metric) => vector.Split('/').Contains(metric, StringComparer.Ordinal);

    private static T Note<T>(Dictionary<string, string> evidence, string point, string why, T value)
    {
        evidence[point] = why;
        return value;
    }
}
