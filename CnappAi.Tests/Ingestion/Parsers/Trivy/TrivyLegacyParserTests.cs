using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyLegacyParserTests
{
    [Theory]
    [InlineData("legacy_many_vulns.json", "trivy-json-legacy", 93)]

    // The whole file is `null`: nothing in it says Trivy, so the empty-document parser claims it (0 findings either way).
    [InlineData("legacy_no_vuln.json", "empty-json", 0)]
    public async Task ParseAsync_LegacyFixture_YieldsDocumentedCount(string file, string format, int expected)
    {
        var parsed = await ParserHarness.ParseFixtureAsync("trivy/defectdojo/trivy/" + file);

        parsed.Format.ShouldBe(format);
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(expected);
        parsed.DistinctFindings.ShouldBe(expected);
    }

    [Fact]
    public async Task ParseAsync_LegacyManyVulns_FirstIsAptOnTheDebianImage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("trivy/defectdojo/trivy/legacy_many_vulns.json");

        var first = parsed.Observations[0];
        first.Title.ShouldBe("CVE-2011-3374 apt 1.8.2.2");
        first.Severity.ShouldBe(Severity.Low);
        first.Cves.ShouldBe(["CVE-2011-3374"]);
        first.Category.ShouldBe(FindingCategory.Vulnerability);
        first.Cvss.ShouldBe(3.7);

        // No artifact block in this layout: the OS target "debian (debian 10.8)" names the image.
        parsed.Observations.ShouldAllBe(o => o.Resource == ResourceIds.ContainerImage("debian", null));
    }
}
