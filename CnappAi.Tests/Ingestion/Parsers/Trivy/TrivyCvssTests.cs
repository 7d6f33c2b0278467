using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsers.Trivy;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyCvssTests
{
    [Fact]
    public void Pick_SeveritySourceHasScore_PrefersItOverNvd()
    {
        var (score, vector) = TrivyCvss.Pick(Parse("""
            {"SeveritySource":"ghsa","CVSS":{"nvd":{"V3Score":9.8,"V3Vector":"N"},"ghsa":{"V3Score":7.5,"V3Vector":"G"}}}
            """));

        score.ShouldBe(7.5);
        vector.ShouldBe("G");
    }

    [Fact]
    public void Pick_SeveritySourceWithoutCvss_FallsBackToNvdBeforeOtherVendors()
    {
        var (score, _) = TrivyCvss.Pick(Parse("""
            {"SeveritySource":"ubuntu","CVSS":{"redhat":{"V3Score":5.3},"nvd":{"V3Score":6.5}}}
            """));

        score.ShouldBe(6.5);
    }

    [Fact]
    public void Pick_VendorGaveOnlyCvssV4_UsesV4()
    {
        var (score, vector) = TrivyCvss.Pick(Parse("""
            {"SeveritySource":"ghsa","CVSS":{"ghsa":{"V40Score":6.3,"V40Vector":"CVSS:4.0/AV:N"},"redhat":{"V3Score":5.3}}}
            """));

        score.ShouldBe(6.3);
        vector.ShouldBe("CVSS:4.0/AV:N");
    }

    [Fact]
    public void Pick_OnlyV2_UsesV2()
    {
        var (score, vector) = TrivyCvss.Pick(Parse("""{"CVSS":{"nvd":{"V2Score":7.8,"V2Vector":"AV:N/AC:L"}}}"""));

        score.ShouldBe(7.8);
        vector.ShouldBe("AV:N/AC:L");
    }

    [Theory]
    [InlineData("""{"VulnerabilityID":"CVE-1"}""")]
    [InlineData("""{"CVSS":null}""")]
    [InlineData("""{"CVSS":{"nvd":{}}}""")]
    public void Pick_NoScore_ReturnsNulls(string json) => TrivyCvss.Pick(Parse(json)).ShouldBe((null, null));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
