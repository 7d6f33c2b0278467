using CnappAi.Modules.Ingestion.Parsers.Gcp;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Gcp;

public class GcpScalesTests
{
    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("SEVERITY_UNSPECIFIED", Severity.Info)]
    public void SccSeverity_VendorValue_MapsToUnified(string value, Severity expected) =>
        GcpScales.Map(GcpScales.SccSeverity, value).ShouldBe(expected);

    [Fact]
    public void SccSeverity_EveryEntry_IsCoveredAndMissingOrUnknownFallBack()
    {
        GcpScales.SccSeverity.Entries.Count.ShouldBe(5);
        GcpScales.Map(GcpScales.SccSeverity, null).ShouldBe(Severity.Info);
        GcpScales.Map(GcpScales.SccSeverity, "severity").ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("ACTIVE", FindingStatus.Open)]
    [InlineData("INACTIVE", FindingStatus.Resolved)]
    [InlineData("STATE_UNSPECIFIED", FindingStatus.Open)]
    public void SccState_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        GcpScales.SccState.Map(value, GcpScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void SccState_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        GcpScales.SccState.Entries.Count.ShouldBe(3);
        GcpScales.SccState.Map("state", GcpScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("MINIMAL", Severity.Info)]
    [InlineData("SEVERITY_UNSPECIFIED", Severity.Info)]
    public void ArtifactSeverity_VendorValue_MapsToUnified(string value, Severity expected) =>
        GcpScales.Map(GcpScales.ArtifactSeverity, value).ShouldBe(expected);

    [Fact]
    public void ArtifactSeverity_EveryEntry_IsCoveredAndMissingOrUnknownFallBack()
    {
        GcpScales.ArtifactSeverity.Entries.Count.ShouldBe(6);
        GcpScales.Map(GcpScales.ArtifactSeverity, " ").ShouldBe(Severity.Info);
        GcpScales.Map(GcpScales.ArtifactSeverity, "URGENT").ShouldBe(Severity.Medium);
    }
}
