using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Risk.ScoreRisk;

public class BaselineRiskModelTests
{
    [Theory]
    [InlineData(Severity.Critical, null, 9.5, 1)]
    [InlineData(Severity.High, null, 7.5, 2)]
    [InlineData(Severity.Medium, null, 5.0, 3)]
    [InlineData(Severity.Low, null, 2.5, 4)]
    [InlineData(Severity.Info, null, 0.5, 4)]
    [InlineData(Severity.Medium, 9.8, 9.8, 1)]
    [InlineData(Severity.High, 4.0, 7.5, 2)]
    public void Score_OpenFinding_UsesTheHigherOfSeverityAndCvss(Severity severity, double? cvss, double score, int priority)
    {
        var result = BaselineRiskModel.Score(Observations.Vulnerability("wiz", "1", "CVE-2024-0001", severity, cvss));

        result.Score.ShouldBe(score);
        result.Priority.ShouldBe(priority);
        result.Model.ShouldBe(BaselineRiskModel.Name);
    }

    [Theory]
    [InlineData(FindingStatus.Resolved)]
    [InlineData(FindingStatus.Suppressed)]
    public void Score_ClosedFinding_IsP4(FindingStatus status) =>
        BaselineRiskModel.Score(Observations.Vulnerability("wiz", "1", "CVE-2024-0001", Severity.Critical) with { Status = status })
            .Priority.ShouldBe(4);
}
