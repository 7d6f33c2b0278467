using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Risk.ThreatIntel;
using Microsoft.Extensions.Options;

namespace CnappAi.Tests.Risk;

/// <summary>The model with default weights over the bundled KEV/EPSS snapshot, and contexts for hand-checked cases.</summary>
internal static class RiskTestData
{
    public static readonly ThreatIntelSnapshot Intel = new(
        BundledThreatIntel.Kev.Entries, BundledThreatIntel.Kev.Version, BundledThreatIntel.Epss.Entries, BundledThreatIntel.Epss.Version, BundledThreatIntel.Ssvc, "bundled");

    public static readonly AssetContext InternetFacingProdHost = new("web", "prod", "shop", "internal", DataSensitivity.Internal, Criticality.Medium, true, false);

    public static readonly AssetContext IsolatedDevHost = new("web", "dev", "shop", "internal", DataSensitivity.Internal, Criticality.Medium, false, false);

    public static RiskModel Model(RiskOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new RiskOptions());
        return new RiskModel(wrapped, new SsvcAssessor(wrapped));
    }

    public static RiskInputs Vulnerability(string cve, double cvss, AssetContext context, Severity severity = Severity.High, string? vector = null) =>
        new(FindingCategory.Vulnerability, severity, cvss, vector, cve, null, true, context, ["wiz"], 0, false);
}
