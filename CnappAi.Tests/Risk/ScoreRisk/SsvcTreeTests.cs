using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.ScoreRisk;

namespace CnappAi.Tests.Risk.ScoreRisk;

/// <summary>The whole CISA SSVC tree (CISA SSVC Guide, Nov 2022, figure 1): exploitation, automatable, technical impact, mission &amp; well-being.</summary>
public class SsvcTreeTests
{
    [Theory]
    [InlineData(SsvcExploitation.None, false, false, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, false, false, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, false, false, SsvcMissionImpact.High, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, false, true, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, false, true, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, false, true, SsvcMissionImpact.High, SsvcOutcome.TrackStar)]
    [InlineData(SsvcExploitation.None, true, false, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, true, false, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, true, false, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.None, true, true, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, true, true, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.None, true, true, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Poc, false, false, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, false, false, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, false, false, SsvcMissionImpact.High, SsvcOutcome.TrackStar)]
    [InlineData(SsvcExploitation.Poc, false, true, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, false, true, SsvcMissionImpact.Medium, SsvcOutcome.TrackStar)]
    [InlineData(SsvcExploitation.Poc, false, true, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Poc, true, false, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, true, false, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, true, false, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Poc, true, true, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Poc, true, true, SsvcMissionImpact.Medium, SsvcOutcome.TrackStar)]
    [InlineData(SsvcExploitation.Poc, true, true, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, false, false, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Active, false, false, SsvcMissionImpact.Medium, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Active, false, false, SsvcMissionImpact.High, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, false, true, SsvcMissionImpact.Low, SsvcOutcome.Track)]
    [InlineData(SsvcExploitation.Active, false, true, SsvcMissionImpact.Medium, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, false, true, SsvcMissionImpact.High, SsvcOutcome.Act)]
    [InlineData(SsvcExploitation.Active, true, false, SsvcMissionImpact.Low, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, true, false, SsvcMissionImpact.Medium, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, true, false, SsvcMissionImpact.High, SsvcOutcome.Act)]
    [InlineData(SsvcExploitation.Active, true, true, SsvcMissionImpact.Low, SsvcOutcome.Attend)]
    [InlineData(SsvcExploitation.Active, true, true, SsvcMissionImpact.Medium, SsvcOutcome.Act)]
    [InlineData(SsvcExploitation.Active, true, true, SsvcMissionImpact.High, SsvcOutcome.Act)]
    public void Decide_EveryLeafOfTheCisaTree_GivesTheGuidesDecision(SsvcExploitation exploitation, bool automatable, bool totalImpact, SsvcMissionImpact mission, SsvcOutcome expected) =>
        SsvcTree.Decide(exploitation, automatable, totalImpact, mission).ShouldBe(expected);
}
