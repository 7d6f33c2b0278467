using CnappAi.Modules.Ingestion.Parsers.Orca;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

public sealed class OrcaScalesTests
{
    [Theory]
    [InlineData("critical", Severity.Critical)]
    [InlineData("high", Severity.High)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("informational", Severity.Info)]
    [InlineData("info", Severity.Info)]
    public void RiskLevels_VendorValue_MapsToUnified(string value, Severity expected)
    {
        OrcaScales.RiskLevels.Map(value, OrcaScales.SeverityFallback).ShouldBe(expected);

        // The legacy /alerts shape writes the same words in title case.
        OrcaScales.RiskLevels.Map(char.ToUpperInvariant(value[0]) + value[1..], OrcaScales.SeverityFallback).ShouldBe(expected);
    }

    [Fact]
    public void RiskLevels_EveryEntryCoveredAndUnknown_FallsBackToMedium()
    {
        OrcaScales.RiskLevels.Entries.Count.ShouldBe(6);
        OrcaScales.RiskLevels.Map("severe", OrcaScales.SeverityFallback).ShouldBe(Severity.Medium);
        OrcaScales.RiskLevels.Map(null, OrcaScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("1", Severity.Critical)]
    [InlineData("2", Severity.High)]
    [InlineData("3", Severity.Medium)]
    [InlineData("4", Severity.Info)]
    public void LegacyScores_OneIsMostSevere(string value, Severity expected) =>
        OrcaScales.LegacyScores.Map(value, OrcaScales.SeverityFallback).ShouldBe(expected);

    [Fact]
    public void LegacyScores_EveryEntryCoveredAndOutOfRange_FallsBack()
    {
        OrcaScales.LegacyScores.Entries.Count.ShouldBe(4);
        OrcaScales.LegacyScores.Find("5").ShouldBeNull();
        OrcaScales.LegacyScores.Map("0", OrcaScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("compromised", Severity.Critical)]
    [InlineData("imminent compromise", Severity.High)]
    [InlineData("imminent_compromise", Severity.High)]
    [InlineData("hazardous", Severity.Medium)]
    [InlineData("informational", Severity.Info)]
    public void LegacyLabels_VendorValue_MapsToUnified(string value, Severity expected) =>
        OrcaScales.LegacyLabels.Map(value, OrcaScales.SeverityFallback).ShouldBe(expected);

    [Fact]
    public void LegacyLabels_EveryEntryCoveredAndUnknown_FallsBack()
    {
        OrcaScales.LegacyLabels.Entries.Count.ShouldBe(5);
        OrcaScales.LegacyLabels.Map("safe", OrcaScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("open", FindingStatus.Open)]
    [InlineData("ACTIVE", FindingStatus.Open)]
    [InlineData("in_progress", FindingStatus.InProgress)]
    [InlineData("in progress", FindingStatus.InProgress)]
    [InlineData("closed", FindingStatus.Resolved)]
    [InlineData("resolved", FindingStatus.Resolved)]
    [InlineData("dismissed", FindingStatus.Suppressed)]
    [InlineData("snoozed", FindingStatus.Suppressed)]
    public void Statuses_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        OrcaScales.Statuses.Map(value, OrcaScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void Statuses_EveryEntryCoveredAndUnknown_FallsBackToOpen()
    {
        OrcaScales.Statuses.Entries.Count.ShouldBe(8);
        OrcaScales.Statuses.Map("verifying", OrcaScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("IAM misconfigurations", FindingCategory.Identity)]
    [InlineData("Authentication", FindingCategory.Identity)]
    [InlineData("Vulnerabilities", FindingCategory.Vulnerability)]
    [InlineData("Data at risk", FindingCategory.DataExposure)]
    [InlineData("Data protection", FindingCategory.DataExposure)]
    [InlineData("Malware", FindingCategory.Threat)]
    [InlineData("Malicious activity", FindingCategory.Threat)]
    [InlineData("Suspicious activity", FindingCategory.Threat)]
    [InlineData("Lateral movement", FindingCategory.Threat)]
    [InlineData("Secrets", FindingCategory.Secret)]
    [InlineData("Leaked secrets", FindingCategory.Secret)]
    public void Categories_VendorValue_MapsToUnified(string value, FindingCategory expected) =>
        OrcaScales.Categories.Map(value, OrcaScales.CategoryFallback).ShouldBe(expected);

    [Fact]
    public void Categories_EveryEntryCoveredAndOthers_AreMisconfigurations()
    {
        OrcaScales.Categories.Entries.Count.ShouldBe(11);
        OrcaScales.Categories.Map("Best practices", OrcaScales.CategoryFallback).ShouldBe(FindingCategory.Misconfiguration);
        OrcaScales.Categories.Map("Network misconfigurations", OrcaScales.CategoryFallback).ShouldBe(FindingCategory.Misconfiguration);
    }

    [Theory]
    [InlineData(0.0, Severity.Info)]
    [InlineData(2.0, Severity.Low)]
    [InlineData(3.99, Severity.Low)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(5.1, Severity.Medium)]
    [InlineData(7.0, Severity.High)]
    [InlineData(8.99, Severity.High)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(10.0, Severity.Critical)]
    public void FromScore_OrcaScoreBands_MatchDefectDojoThresholds(double score, Severity expected) =>
        OrcaScales.FromScore(score).ShouldBe(expected);

    [Fact]
    public void FromScore_NoScore_IsNull() => OrcaScales.FromScore(null).ShouldBeNull();
}
