using CnappAi.Modules.Ingestion.Parsers.Defender;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderScalesTests
{
    [Theory]
    [InlineData("Critical", Severity.Critical)]
    [InlineData("High", Severity.High)]
    [InlineData("Medium", Severity.Medium)]
    [InlineData("Low", Severity.Low)]
    [InlineData("Informational", Severity.Info)]
    public void Severities_VendorValue_MapsToUnified(string value, Severity expected)
    {
        DefenderScales.Severities.Map(value, DefenderScales.SeverityFallback).ShouldBe(expected);
        DefenderScales.Severities.Map(value.ToLowerInvariant(), DefenderScales.SeverityFallback).ShouldBe(expected);
    }

    [Fact]
    public void Severities_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        DefenderScales.Severities.Entries.Count.ShouldBe(5);
        DefenderScales.Severities.Map("Severe", DefenderScales.SeverityFallback).ShouldBe(Severity.Medium);
        DefenderScales.Severities.Map(null, DefenderScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("Active", FindingStatus.Open)]
    [InlineData("New", FindingStatus.Open)]
    [InlineData("InProgress", FindingStatus.InProgress)]
    [InlineData("Resolved", FindingStatus.Resolved)]
    [InlineData("Dismissed", FindingStatus.Suppressed)]
    public void AlertStatus_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        DefenderScales.AlertStatus.Map(value, DefenderScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void AlertStatus_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        DefenderScales.AlertStatus.Entries.Count.ShouldBe(5);
        DefenderScales.AlertStatus.Map("Closed", DefenderScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("Unhealthy", FindingStatus.Open)]
    [InlineData("Healthy", FindingStatus.Resolved)]
    [InlineData("NotApplicable", FindingStatus.Resolved)]
    public void AssessmentStatus_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        DefenderScales.AssessmentStatus.Map(value, DefenderScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void AssessmentStatus_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        DefenderScales.AssessmentStatus.Entries.Count.ShouldBe(3);
        DefenderScales.AssessmentStatus.Map("Pending", DefenderScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("Failed", FindingStatus.Open)]
    [InlineData("Passed", FindingStatus.Resolved)]
    [InlineData("Skipped", FindingStatus.Suppressed)]
    [InlineData("Unsupported", FindingStatus.Suppressed)]
    public void ComplianceState_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        DefenderScales.ComplianceState.Map(value, DefenderScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void ComplianceState_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        DefenderScales.ComplianceState.Entries.Count.ShouldBe(4);
        DefenderScales.ComplianceState.Map("Unknown", DefenderScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("Unhealthy", null, false, FindingStatus.Open)]
    [InlineData("Unhealthy", "Exempt", false, FindingStatus.Suppressed)]
    [InlineData("NotApplicable", "OffByPolicy", false, FindingStatus.Resolved)]
    [InlineData("Unhealthy", null, true, FindingStatus.Resolved)]
    public void AssessmentStatusResolve_ExemptionOrDeletion_OverridesTheCode(string code, string? cause, bool deleted, FindingStatus expected) =>
        DefenderAssessmentStatus.Resolve(code, cause, deleted).ShouldBe(expected);
}
