using CnappAi.Modules.Ingestion.Parsers.Wiz;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizScalesTests
{
    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("INFORMATIONAL", Severity.Info)]
    [InlineData("INFO", Severity.Info)]
    [InlineData("NONE", Severity.Info)]
    public void Severities_VendorValue_MapsToUnified(string value, Severity expected)
    {
        WizScales.Severities.Map(value, WizScales.SeverityFallback).ShouldBe(expected);

        // The CSV exports and wizcli spell the same words in other cases.
        WizScales.Severities.Map($" {value.ToLowerInvariant()} ", WizScales.SeverityFallback).ShouldBe(expected);
    }

    [Fact]
    public void Severities_EveryEntryCoveredAndUnknown_FallsBackToMedium()
    {
        WizScales.Severities.Entries.Count.ShouldBe(7);
        WizScales.Severities.Map("SEVERE", WizScales.SeverityFallback).ShouldBe(Severity.Medium);
        WizScales.Severities.Map(null, WizScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("OPEN", FindingStatus.Open)]
    [InlineData("IN_PROGRESS", FindingStatus.InProgress)]
    [InlineData("RESOLVED", FindingStatus.Resolved)]
    [InlineData("REJECTED", FindingStatus.Suppressed)]
    [InlineData("IGNORED", FindingStatus.Suppressed)]
    public void Statuses_VendorValue_MapsToUnified(string value, FindingStatus expected)
    {
        WizScales.Statuses.Map(value, WizScales.StatusFallback).ShouldBe(expected);
        WizScales.Statuses.Map(value.ToLowerInvariant(), WizScales.StatusFallback).ShouldBe(expected);
    }

    [Fact]
    public void Statuses_EveryEntryCoveredAndUnknown_FallsBackToOpen()
    {
        WizScales.Statuses.Entries.Count.ShouldBe(5);
        WizScales.Statuses.Map("ARCHIVED", WizScales.StatusFallback).ShouldBe(FindingStatus.Open);
        WizScales.Statuses.Map(null, WizScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData(0.0, Severity.Info)]
    [InlineData(0.1, Severity.Low)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(7.0, Severity.High)]
    [InlineData(8.9, Severity.High)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(10.0, Severity.Critical)]
    public void FromCvss_BandEdges_MapToCvssQualitativeRatings(double score, Severity expected) =>
        WizScales.FromCvss(score).ShouldBe(expected);

    [Fact]
    public void FromCvss_NoScore_IsNull() => WizScales.FromCvss(null).ShouldBeNull();
}
