using CnappAi.Modules.Ingestion.Parsers.Lacework;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Lacework;

public sealed class LaceworkScalesTests
{
    [Theory]
    [InlineData("Critical", Severity.Critical)]
    [InlineData("High", Severity.High)]
    [InlineData("Medium", Severity.Medium)]
    [InlineData("Low", Severity.Low)]
    [InlineData("Info", Severity.Info)]
    [InlineData("Informational", Severity.Info)]
    [InlineData("1", Severity.Critical)]
    [InlineData("2", Severity.High)]
    [InlineData("3", Severity.Medium)]
    [InlineData("4", Severity.Low)]
    [InlineData("5", Severity.Info)]
    public void Severities_WordOrNumber_MapsToUnified(string value, Severity expected)
    {
        LaceworkScales.Severities.Map(value, LaceworkScales.SeverityFallback).ShouldBe(expected);
        LaceworkScales.Severities.Map(value.ToUpperInvariant(), LaceworkScales.SeverityFallback).ShouldBe(expected);
    }

    [Fact]
    public void Severities_EveryEntryCoveredAndUnknown_FallsBackToMedium()
    {
        LaceworkScales.Severities.Entries.Count.ShouldBe(11);
        LaceworkScales.Severities.Map("0", LaceworkScales.SeverityFallback).ShouldBe(Severity.Medium);
        LaceworkScales.Severities.Map(null, LaceworkScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("Open", FindingStatus.Open)]
    [InlineData("Closed", FindingStatus.Resolved)]
    [InlineData("Active", FindingStatus.Open)]
    [InlineData("New", FindingStatus.Open)]
    [InlineData("Reopened", FindingStatus.Open)]
    [InlineData("VULNERABLE", FindingStatus.Open)]
    [InlineData("Fixed", FindingStatus.Resolved)]
    [InlineData("FixedOnDiscovery", FindingStatus.Resolved)]
    [InlineData("GOOD", FindingStatus.Resolved)]
    [InlineData("EXCEPTION", FindingStatus.Suppressed)]
    public void Statuses_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        LaceworkScales.Statuses.Map(value, LaceworkScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void Statuses_EveryEntryCoveredAndUnknown_FallsBackToOpen()
    {
        LaceworkScales.Statuses.Entries.Count.ShouldBe(10);
        LaceworkScales.Statuses.Map("Pending", LaceworkScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("Host Vulnerability", FindingCategory.Vulnerability)]
    [InlineData("Container Vulnerability", FindingCategory.Vulnerability)]
    [InlineData("Compliance", FindingCategory.Compliance)]
    [InlineData("User", FindingCategory.Identity)]
    [InlineData("Identity", FindingCategory.Identity)]
    [InlineData("File", FindingCategory.Threat)]
    [InlineData("Application", FindingCategory.Threat)]
    [InlineData("Machine", FindingCategory.Threat)]
    [InlineData("Cloud Activity", FindingCategory.Threat)]
    [InlineData("Kubernetes Activity", FindingCategory.Threat)]
    [InlineData("Network", FindingCategory.Threat)]
    [InlineData("Platform", FindingCategory.Misconfiguration)]
    public void AlertSubCategories_PolicyAlert_MapsBySubCategory(string subCategory, FindingCategory expected)
    {
        LaceworkScales.AlertSubCategories.Map(subCategory, FindingCategory.Misconfiguration).ShouldBe(expected);
        LaceworkScales.AlertCategory("Policy", subCategory).ShouldBe(expected);
    }

    [Fact]
    public void AlertSubCategories_EveryEntryCovered() => LaceworkScales.AlertSubCategories.Entries.Count.ShouldBe(12);

    [Theory]
    [InlineData("Anomaly", "Platform")]
    [InlineData("Composite", null)]
    public void AlertCategory_AnomalyOrComposite_IsThreatWhateverTheSubCategory(string category, string? subCategory) =>
        LaceworkScales.AlertCategory(category, subCategory).ShouldBe(FindingCategory.Threat);

    [Fact]
    public void AlertCategory_UnknownSubCategory_IsMisconfiguration() =>
        LaceworkScales.AlertCategory("Policy", "Something new").ShouldBe(FindingCategory.Misconfiguration);
}
