using System.Globalization;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.ThreatIntel;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// The contextual score: <c>weight × max(severity anchor, CVSS)</c> plus one contribution per factor (KEV, EPSS,
/// exploit, active threat, exposure, environment, criticality, data, crown jewel, attack path, agreeing tools, age),
/// clamped to 0–10. Additive on purpose: each factor's contribution reads straight off the breakdown.
/// </summary>
internal sealed class RiskModel(IOptions<RiskOptions> options, SsvcAssessor ssvc)
{
    public const string Name = "context-v1";

    public RiskResult Score(RiskInputs i, ThreatIntelSnapshot intel)
    {
        var w = options.Value.Weights;
        var factors = new List<FactorValue>(13);
        var anchor = Anchor(i.Severity);
        var basis = Math.Max(anchor, i.Cvss ?? 0);
        factors.Add(new(FactorCodes.Severity, i.Cvss is { } cvss ? $"{Word(i.Severity)}, CVSS {Num(cvss)}" : Word(i.Severity), w.Severity * basis));

        var kev = i.Cve is null ? null : intel.KevOf(i.Cve);
        var epss = i.Cve is null ? null : intel.EpssOf(i.Cve);
        var hint = i.Cve is null ? null : intel.SsvcOf(i.Cve);
        factors.Add(new(FactorCodes.Kev, kev is null ? "not listed" : $"listed {kev.DateAdded:yyyy-MM-dd}{(kev.Ransomware ? ", used by ransomware" : string.Empty)}", kev is null ? 0 : w.Kev));
        factors.Add(new(FactorCodes.Epss, epss is { } e ? $"{Num(e.Epss, "0.000")} ({Num(e.Percentile * 100, "0")}th percentile)" : "no score", epss is { } s ? w.Epss * s.Epss : 0));
        var exploit = kev is not null || epss?.Epss >= options.Value.ExploitEpssThreshold || hint?.Exploitation is "poc" or "active";
        factors.Add(new(FactorCodes.Exploit, exploit ? (kev is not null ? "yes (exploited in the wild)" : "yes (EPSS or public proof of concept)") : "none known", exploit ? w.ExploitAvailable : 0));
        var threat = i.Category == FindingCategory.Threat && i.Open;
        factors.Add(new(FactorCodes.Threat, threat ? "active detection" : "no", threat ? w.ActiveThreat : 0));
        factors.Add(Exposure(i, w));
        factors.Add(Environment(i.Context?.Environment, w));
        factors.Add(Criticality(i.Context?.Criticality ?? Assets.Contracts.Criticality.Unknown, w));
        factors.Add(Data(i.Context, w));
        factors.Add(new(FactorCodes.CrownJewel, i.Context?.CrownJewel == true ? "yes" : "no", i.Context?.CrownJewel == true ? w.CrownJewel : 0));
        factors.Add(new(FactorCodes.AttackPath, i.OnAttackPath ? "on a known attack path" : "none known", i.OnAttackPath ? w.AttackPath : 0));
        factors.Add(new(FactorCodes.Tools, $"{i.Sources.Count}: {string.Join(", ", i.Sources)}", Math.Min(Math.Max(i.Sources.Count - 1, 0) * w.PerAgreeingTool, w.MaxAgreement)));
        factors.Add(new(FactorCodes.Age, $"{Num(Math.Floor(i.AgeDays), "0")} days", Math.Min(Math.Floor(i.AgeDays / 90) * w.AgePer90Days, w.MaxAge)));

        var rounded = factors.Select(f => f with { Contribution = Math.Round(f.Contribution, 2, MidpointRounding.AwayFromZero) }).ToList();
        var raw = Math.Round(rounded.Sum(f => f.Contribution), 2, MidpointRounding.AwayFromZero);
        var decision = i.Cve is null ? null : ssvc.Decide(i, kev, epss?.Epss, hint);
        return new RiskResult(Math.Round(Math.Clamp(raw, 0, 10), 1, MidpointRounding.AwayFromZero), raw, rounded, decision);
    }

    public static double Anchor(Severity severity) => severity switch
    {
        Severity.Critical => 9.5,
        Severity.High => 7.5,
        Severity.Medium => 5.0,
        Severity.Low => 2.5,
        _ => 0.5,
    };

    private static FactorValue Exposure(RiskInputs i, RiskWeights w) =>
        ExposureControls.Contains(i.ControlId) ? new(FactorCodes.Exposure, $"the finding itself is an exposure ({i.ControlId})", w.InternetFacing)
        : i.Context?.InternetFacing switch
        {
            true => new(FactorCodes.Exposure, "internet-facing", w.InternetFacing),
            false => new(FactorCodes.Exposure, "not internet-facing", w.NotInternetFacing),
            _ => new(FactorCodes.Exposure, "unknown", 0),
        };

    private static FactorValue Environment(string? environment, RiskWeights w) => environment switch
    {
        "prod" => new(FactorCodes.Environment, "prod", w.Production),
        "dev" or "test" or "sandbox" => new(FactorCodes.Environment, environment, w.NonProduction),
        null => new(FactorCodes.Environment, "unknown", 0),
        _ => new(FactorCodes.Environment, environment, 0),
    };

    private static FactorValue Criticality(Criticality criticality, RiskWeights w) => criticality switch
    {
        Assets.Contracts.Criticality.Critical => new(FactorCodes.Criticality, "critical", w.CriticalAsset),
        Assets.Contracts.Criticality.High => new(FactorCodes.Criticality, "high", w.HighCriticalityAsset),
        Assets.Contracts.Criticality.Low => new(FactorCodes.Criticality, "low", w.LowCriticalityAsset),
        Assets.Contracts.Criticality.Medium => new(FactorCodes.Criticality, "medium", 0),
        _ => new(FactorCodes.Criticality, "unknown", 0),
    };

    private static FactorValue Data(AssetContext? context, RiskWeights w)
    {
        var label = context?.DataClassification is { } c ? $"{c} ({context.DataSensitivity.ToString().ToLowerInvariant()})" : "unknown";
        return context?.DataSensitivity switch
        {
            DataSensitivity.Restricted => new(FactorCodes.Data, label, w.RestrictedData),
            DataSensitivity.Confidential => new(FactorCodes.Data, label, w.ConfidentialData),
            DataSensitivity.Public => new(FactorCodes.Data, label, w.PublicData),
            _ => new(FactorCodes.Data, label, 0),
        };
    }

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Num(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
