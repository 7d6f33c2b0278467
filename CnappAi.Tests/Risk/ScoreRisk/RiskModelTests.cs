using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.ScoreRisk;

namespace CnappAi.Tests.Risk.ScoreRisk;

public class RiskModelTests
{
    [Fact]
    public void Score_KevCveOnInternetFacingProdHost_OutranksHigherCvssCveOnIsolatedDevHost()
    {
        var model = RiskTestData.Model();

        // CVE-2021-41773 (Apache path traversal): CVSS 7.5, in CISA KEV, EPSS 0.99992.
        var kev = model.Score(RiskTestData.Vulnerability("CVE-2021-41773", 7.5, RiskTestData.InternetFacingProdHost), RiskTestData.Intel);

        // CVE-2023-29491 (ncurses): not in KEV, EPSS 0.009; scored here with a higher CVSS of 9.8.
        var dev = model.Score(RiskTestData.Vulnerability("CVE-2023-29491", 9.8, RiskTestData.IsolatedDevHost, Severity.Critical), RiskTestData.Intel);

        kev.Score.ShouldBeGreaterThan(dev.Score);
        Contribution(kev, FactorCodes.Severity).ShouldBe(4.13);
        Contribution(kev, FactorCodes.Kev).ShouldBe(1.5);
        Contribution(kev, FactorCodes.Epss).ShouldBe(1.0);
        Contribution(kev, FactorCodes.Exploit).ShouldBe(0.5);
        Contribution(kev, FactorCodes.Exposure).ShouldBe(1.5);
        Contribution(kev, FactorCodes.Environment).ShouldBe(0.5);
        kev.RawTotal.ShouldBe(9.13);
        kev.Score.ShouldBe(9.1);
        Contribution(dev, FactorCodes.Severity).ShouldBe(5.39);
        Contribution(dev, FactorCodes.Exposure).ShouldBe(-0.5);
        Contribution(dev, FactorCodes.Environment).ShouldBe(-1.0);
        dev.Score.ShouldBe(3.9);
    }

    [Fact]
    public void Score_EveryFactor_IsListedAndTheContributionsAddUpToTheRawTotal()
    {
        var result = RiskTestData.Model().Score(RiskTestData.Vulnerability("CVE-2021-44228", 10, RiskTestData.InternetFacingProdHost with { CrownJewel = true }), RiskTestData.Intel);

        result.Factors.Select(f => f.Code).ShouldBe(FactorCodes.All.Select(c => c.Code));
        result.Factors.Sum(f => f.Contribution).ShouldBe(result.RawTotal, 0.001);
        result.RawTotal.ShouldBeGreaterThan(10);
        result.Score.ShouldBe(10);
        result.Factors.Single(f => f.Code == FactorCodes.Kev).Input.ShouldBe("listed 2021-12-10, used by ransomware");
    }

    [Fact]
    public void Score_ExposureFinding_CountsAsInternetExposureWithoutInventoryData()
    {
        var inputs = new RiskInputs(FindingCategory.DataExposure, Severity.High, null, null, null, "storage.public-access", true, null, ["wiz", "prisma"], 200, false);

        var result = RiskTestData.Model().Score(inputs, RiskTestData.Intel);

        result.Factors.Single(f => f.Code == FactorCodes.Exposure).Contribution.ShouldBe(1.5);
        result.Factors.Single(f => f.Code == FactorCodes.Tools).Input.ShouldBe("2: wiz, prisma");
        result.Factors.Single(f => f.Code == FactorCodes.Tools).Contribution.ShouldBe(0.25);
        result.Factors.Single(f => f.Code == FactorCodes.Age).Contribution.ShouldBe(0.5);
        result.Ssvc.ShouldBeNull();
    }

    [Fact]
    public void Score_WeightsComeFromConfiguration()
    {
        var options = new RiskOptions { Weights = new RiskWeights { Kev = 3.0 } };

        var result = RiskTestData.Model(options).Score(RiskTestData.Vulnerability("CVE-2021-41773", 7.5, RiskTestData.IsolatedDevHost), RiskTestData.Intel);

        result.Factors.Single(f => f.Code == FactorCodes.Kev).Contribution.ShouldBe(3.0);
    }

    [Fact]
    public void Score_ActiveThreatAndAttackPath_AddTheirWeights()
    {
        var inputs = new RiskInputs(FindingCategory.Threat, Severity.High, null, null, null, "threat.cryptomining", true,
            new AssetContext("ops", "prod", null, null, DataSensitivity.Unknown, Criticality.High, null, false), ["wiz", "lacework", "aws-securityhub"], 0, true);

        var result = RiskTestData.Model().Score(inputs, RiskTestData.Intel);

        result.Factors.Single(f => f.Code == FactorCodes.Threat).Contribution.ShouldBe(2.0);
        result.Factors.Single(f => f.Code == FactorCodes.AttackPath).Contribution.ShouldBe(1.0);
        result.Factors.Single(f => f.Code == FactorCodes.Tools).Contribution.ShouldBe(0.5);
        result.Score.ShouldBe(8.6);
    }

    private static double Contribution(RiskResult result, string code) => result.Factors.Single(f => f.Code == code).Contribution;
}
