using CnappAi.Modules.Ingestion.Parsers.Prowler;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerScalesTests
{
    [Theory]
    [InlineData("critical", Severity.Critical)]
    [InlineData("high", Severity.High)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("informational", Severity.Info)]
    [InlineData("info", Severity.Info)]
    [InlineData("Critical", Severity.Critical)]
    public void Severities_Text_MapsToUnified(string text, Severity expected)
    {
        ProwlerScales.Severities.Find(text).ShouldBe(expected);
        ProwlerScales.Severities.Entries.Count.ShouldBe(6);
    }

    [Fact]
    public void Severities_Unknown_FallsBackToMedium()
    {
        ProwlerScales.Severities.Find("severe").ShouldBeNull();
        ProwlerScales.Severities.Map(null, ProwlerScales.FallbackSeverity).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("1", Severity.Info)]
    [InlineData("2", Severity.Low)]
    [InlineData("3", Severity.Medium)]
    [InlineData("4", Severity.High)]
    [InlineData("5", Severity.Critical)]
    [InlineData("6", Severity.Critical)]
    public void OcsfSeverityIds_Id_MapsToUnified(string id, Severity expected)
    {
        ProwlerScales.OcsfSeverityIds.Find(id).ShouldBe(expected);
        ProwlerScales.OcsfSeverityIds.Entries.Count.ShouldBe(6);
        ProwlerScales.OcsfSeverityIds.Find("0").ShouldBeNull();
        ProwlerScales.OcsfSeverityIds.Find("99").ShouldBeNull();
    }

    [Theory]
    [InlineData("PASS", FindingStatus.Resolved)]
    [InlineData("Pass", FindingStatus.Resolved)]
    [InlineData("FAIL", FindingStatus.Open)]
    [InlineData("MANUAL", FindingStatus.Open)]
    [InlineData("INFO", FindingStatus.Open)]
    [InlineData("WARNING", FindingStatus.Open)]
    public void Statuses_CheckResult_MapsToUnified(string status, FindingStatus expected)
    {
        ProwlerScales.Statuses.Find(status).ShouldBe(expected);
        ProwlerScales.Statuses.Entries.Count.ShouldBe(5);
        ProwlerScales.Statuses.Map("SKIPPED", FindingStatus.Open).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData("aws", CloudProvider.Aws)]
    [InlineData("azure", CloudProvider.Azure)]
    [InlineData("gcp", CloudProvider.Gcp)]
    [InlineData("kubernetes", CloudProvider.Kubernetes)]
    public void Providers_Name_MapsToUnified(string name, CloudProvider expected)
    {
        ProwlerScales.Providers.Find(name).ShouldBe(expected);
        ProwlerScales.Providers.Entries.Count.ShouldBe(4);
        ProwlerScales.Providers.Map("m365", CloudProvider.Unknown).ShouldBe(CloudProvider.Unknown);
    }
}
