using CnappAi.Modules.Ingestion.Parsers.Sarif;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Sarif;

public class SarifScalesTests
{
    [Theory]
    [InlineData("error", Severity.High)]
    [InlineData("warning", Severity.Medium)]
    [InlineData("note", Severity.Info)]
    [InlineData("none", Severity.Info)]
    public void Levels_EveryEntry_MapsToUnifiedSeverity(string level, Severity expected) =>
        SarifScales.Levels.Find(level).ShouldBe(expected);

    [Fact]
    public void Levels_AbsentOrUnknown_FallsBackToWarningsMedium()
    {
        SarifScales.Levels.Entries.Count.ShouldBe(4);
        SarifScales.Levels.Map(null, SarifScales.SeverityFallback).ShouldBe(Severity.Medium);
        SarifScales.Levels.Map("fatal", SarifScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("critical", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("moderate", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("info", Severity.Info)]
    [InlineData("informational", Severity.Info)]
    public void SeverityWords_EveryEntry_MapsToUnifiedSeverity(string word, Severity expected) =>
        SarifScales.SeverityWords.Find(word).ShouldBe(expected);

    [Fact]
    public void SeverityWords_UnknownWord_IsNotASeverity()
    {
        SarifScales.SeverityWords.Entries.Count.ShouldBe(7);
        SarifScales.SeverityWords.Find("urgent").ShouldBeNull();
    }

    [Theory]
    [InlineData("fail", FindingStatus.Open)]
    [InlineData("open", FindingStatus.Open)]
    [InlineData("review", FindingStatus.Open)]
    [InlineData("pass", FindingStatus.Resolved)]
    [InlineData("absent", FindingStatus.Resolved)]
    [InlineData("suppressed", FindingStatus.Suppressed)]
    public void States_EveryEntry_MapsToUnifiedStatus(string state, FindingStatus expected) =>
        SarifScales.States.Find(state).ShouldBe(expected);

    [Fact]
    public void States_UnknownState_FallsBackToOpen()
    {
        SarifScales.States.Entries.Count.ShouldBe(6);
        SarifScales.States.Map("mystery", SarifScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData(9.8, Severity.Critical)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(7.8, Severity.High)]
    [InlineData(7.0, Severity.High)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(2.1, Severity.Low)]
    [InlineData(0.0, Severity.Info)]
    public void FromScore_SecuritySeverity_FollowsGitHubBands(double score, Severity expected) =>
        SarifScales.FromScore(score).ShouldBe(expected);
}
