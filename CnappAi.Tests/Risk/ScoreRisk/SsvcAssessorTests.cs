using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Tests.Risk.ScoreRisk;

public class SsvcAssessorTests
{
    [Fact]
    public void Decide_KevCveWithNetworkVectorOnCrownJewel_IsActWithItsEvidence()
    {
        var context = RiskTestData.InternetFacingProdHost with { CrownJewel = true };

        var ssvc = RiskTestData.Model().Score(RiskTestData.Vulnerability("CVE-2021-41773", 7.5, context, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N"), RiskTestData.Intel).Ssvc!;

        ssvc.Exploitation.ShouldBe(SsvcExploitation.Active);
        ssvc.Automatable.ShouldBeTrue();
        ssvc.TotalTechnicalImpact.ShouldBeTrue();
        ssvc.MissionImpact.ShouldBe(SsvcMissionImpact.High);
        ssvc.Outcome.ShouldBe(SsvcOutcome.Act);
        ssvc.Label.ShouldBe("Act");
        ssvc.Evidence["exploitation"].ShouldBe("CISA KEV");
        ssvc.Evidence["automatable"].ShouldBe("CVSS vector");
        ssvc.Evidence["missionImpact"].ShouldBe("crown jewel");
    }

    [Fact]
    public void Decide_AdjacentVectorOnDevHost_IsTrack()
    {
        var ssvc = RiskTestData.Model().Score(RiskTestData.Vulnerability("CVE-2023-29491", 7.8, RiskTestData.IsolatedDevHost, vector: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"), RiskTestData.Intel).Ssvc!;

        ssvc.Exploitation.ShouldBe(SsvcExploitation.None);
        ssvc.Automatable.ShouldBeFalse();
        ssvc.MissionImpact.ShouldBe(SsvcMissionImpact.Low);
        ssvc.Outcome.ShouldBe(SsvcOutcome.Track);
    }

    [Fact]
    public void Decide_TechnicalImpactReadsWholeMetrics_SoAcHighIsNotConfidentialityHigh()
    {
        var ssvc = RiskTestData.Model().Score(RiskTestData.Vulnerability("CVE-2023-29491", 5.0, RiskTestData.IsolatedDevHost, vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:H/A:N"), RiskTestData.Intel).Ssvc!;

        ssvc.TotalTechnicalImpact.ShouldBeFalse();
        ssvc.Automatable.ShouldBeFalse();
    }

    [Fact]
    public void Decide_CveWithCisaAssessment_UsesCisasDecisionPoints()
    {
        // CVE-2014-5470 is in the bundled CISA vulnrichment set as poc / automatable / total.
        var context = new AssetContext("ops", "prod", null, null, DataSensitivity.Restricted, Criticality.Medium, null, false);

        var ssvc = RiskTestData.Model().Score(RiskTestData.Vulnerability("CVE-2014-5470", 9.8, context), RiskTestData.Intel).Ssvc!;

        ssvc.Evidence["automatable"].ShouldBe("CISA SSVC");
        ssvc.Automatable.ShouldBeTrue();
        ssvc.TotalTechnicalImpact.ShouldBeTrue();
        ssvc.MissionImpact.ShouldBe(SsvcMissionImpact.High);
        ssvc.Outcome.ShouldBeOneOf(SsvcOutcome.Attend, SsvcOutcome.Act);
    }
}
