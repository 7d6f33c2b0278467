using CnappAi.Modules.Ingestion.Parsers.Trivy;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyScalesTests
{
    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("LOW", Severity.Low)]
    public void Severities_EveryEntry_MapsToUnifiedSeverity(string value, Severity expected)
    {
        TrivyScales.Severities.Find(value).ShouldBe(expected);
        TrivyScales.Severities.Find(value.ToLowerInvariant()).ShouldBe(expected);
    }

    [Fact]
    public void Severities_Table_HasExactlyTheTestedEntriesAndLeavesUnknownToCvss()
    {
        TrivyScales.Severities.Entries.Count.ShouldBe(4);
        TrivyScales.Severities.Find("UNKNOWN").ShouldBeNull();
        TrivyScales.Severities.Map("UNKNOWN", TrivyScales.SeverityFallback).ShouldBe(Severity.Info);
        TrivyScales.Severities.Map(null, TrivyScales.SeverityFallback).ShouldBe(Severity.Info);
    }

    [Theory]
    [InlineData("not_affected", FindingStatus.Resolved)]
    [InlineData("affected", FindingStatus.Open)]
    [InlineData("fixed", FindingStatus.Open)]
    [InlineData("under_investigation", FindingStatus.Open)]
    [InlineData("will_not_fix", FindingStatus.Open)]
    [InlineData("fix_deferred", FindingStatus.Open)]
    [InlineData("end_of_life", FindingStatus.Open)]
    [InlineData("unknown", FindingStatus.Open)]
    public void VulnerabilityStatuses_EveryEntry_MapsToUnifiedStatus(string value, FindingStatus expected) =>
        TrivyScales.VulnerabilityStatuses.Find(value).ShouldBe(expected);

    [Fact]
    public void VulnerabilityStatuses_UnlistedValue_FallsBackToOpen()
    {
        TrivyScales.VulnerabilityStatuses.Entries.Count.ShouldBe(8);
        TrivyScales.VulnerabilityStatuses.Find("patched_upstream").ShouldBeNull();
        TrivyScales.VulnerabilityStatuses.Map("patched_upstream", TrivyScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("FAIL", FindingStatus.Open)]
    [InlineData("PASS", FindingStatus.Resolved)]
    [InlineData("EXCEPTION", FindingStatus.Suppressed)]
    public void MisconfigurationStatuses_EveryEntry_MapsToUnifiedStatus(string value, FindingStatus expected) =>
        TrivyScales.MisconfigurationStatuses.Find(value).ShouldBe(expected);

    [Fact]
    public void MisconfigurationStatuses_UnlistedValue_FallsBackToOpen()
    {
        TrivyScales.MisconfigurationStatuses.Entries.Count.ShouldBe(3);
        TrivyScales.MisconfigurationStatuses.Map("SKIP", TrivyScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData(10.0, Severity.Critical)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(8.9, Severity.High)]
    [InlineData(7.0, Severity.High)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(0.1, Severity.Low)]
    [InlineData(0.0, Severity.Info)]
    public void FromCvss_BandEdges_FollowFirstBands(double score, Severity expected) =>
        TrivyScales.FromCvss(score).ShouldBe(expected);
}
