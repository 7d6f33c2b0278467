using CnappAi.Modules.Ingestion.Parsers.Prisma;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Prisma;

public class PrismaScalesTests
{
    [Theory]
    [InlineData("critical", Severity.Critical)]
    [InlineData("high", Severity.High)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("informational", Severity.Info)]
    public void AlertSeverity_VendorValue_MapsToUnified(string value, Severity expected)
    {
        PrismaScales.AlertSeverity.Map(value, PrismaScales.SeverityFallback).ShouldBe(expected);
        PrismaScales.AlertSeverity.Map($" {value.ToUpperInvariant()} ", PrismaScales.SeverityFallback).ShouldBe(expected);
    }

    [Fact]
    public void AlertSeverity_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        PrismaScales.AlertSeverity.Entries.Count.ShouldBe(5);
        PrismaScales.AlertSeverity.Map("urgent", PrismaScales.SeverityFallback).ShouldBe(Severity.Medium);
        PrismaScales.AlertSeverity.Map(null, PrismaScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("open", FindingStatus.Open)]
    [InlineData("resolved", FindingStatus.Resolved)]
    [InlineData("dismissed", FindingStatus.Suppressed)]
    [InlineData("snoozed", FindingStatus.Suppressed)]
    [InlineData("pending_resolution", FindingStatus.InProgress)]
    public void AlertStatus_VendorValue_MapsToUnified(string value, FindingStatus expected) =>
        PrismaScales.AlertStatus.Map(value, PrismaScales.StatusFallback).ShouldBe(expected);

    [Fact]
    public void AlertStatus_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        PrismaScales.AlertStatus.Entries.Count.ShouldBe(5);
        PrismaScales.AlertStatus.Map("archived", PrismaScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("critical", Severity.Critical)]
    [InlineData("high", Severity.High)]
    [InlineData("important", Severity.High)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("moderate", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("negligible", Severity.Info)]
    [InlineData("unimportant", Severity.Info)]
    public void ComputeSeverity_VendorValue_MapsToUnified(string value, Severity expected) =>
        PrismaScales.ComputeSeverity.Map(value, PrismaScales.SeverityFallback).ShouldBe(expected);

    [Fact]
    public void ComputeSeverity_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        PrismaScales.ComputeSeverity.Entries.Count.ShouldBe(8);
        PrismaScales.ComputeSeverity.Map("unassigned", PrismaScales.SeverityFallback).ShouldBe(Severity.Medium);
    }
}
