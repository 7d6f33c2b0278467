using CnappAi.Modules.Ingestion.Parsers.Checkov;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Checkov;

public class CheckovScalesTests
{
    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("INFO", Severity.Info)]
    public void Severities_EveryEntry_MapsToUnifiedSeverity(string value, Severity expected)
    {
        CheckovScales.Severities.Find(value).ShouldBe(expected);
        CheckovScales.Severities.Find(value.ToLowerInvariant()).ShouldBe(expected);
    }

    [Fact]
    public void Severities_MissingOrUnknown_FallsBackToMedium()
    {
        CheckovScales.Severities.Entries.Count.ShouldBe(5);
        CheckovScales.Severities.Map(null, CheckovScales.SeverityFallback).ShouldBe(Severity.Medium);
        CheckovScales.Severities.Map("SEVERE", CheckovScales.SeverityFallback).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("FAILED", FindingStatus.Open)]
    [InlineData("SKIPPED", FindingStatus.Suppressed)]
    [InlineData("PASSED", FindingStatus.Resolved)]
    public void Results_EveryEntry_MapsToUnifiedStatus(string value, FindingStatus expected) =>
        CheckovScales.Results.Find(value).ShouldBe(expected);

    [Fact]
    public void Results_UnknownValue_FallsBackToOpen()
    {
        CheckovScales.Results.Entries.Count.ShouldBe(3);
        CheckovScales.Results.Map("UNKNOWN", CheckovScales.StatusFallback).ShouldBe(FindingStatus.Open);
    }
}
