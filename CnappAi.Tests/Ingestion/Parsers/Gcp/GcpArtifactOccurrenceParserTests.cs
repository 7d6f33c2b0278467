using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Gcp;

public class GcpArtifactOccurrenceParserTests
{
    private const string Folder = "gcp/defectdojo/gcloud_artifact_scan/";
    private const string Image = "https://us-docker.pkg.dev/acme/app/web@sha256:184c9823bc3e7795040025a33d174987897783ee9296545abcb1a1937f12d391";

    [Theory]
    [InlineData("many_vulns.json", 7)]
    [InlineData("artifact-analysis-occurrences-sample.json", 12)]
    public async Task ParseAsync_GcloudSummary_OneObservationPerVulnerabilityOccurrence(string file, int observations)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + file);

        parsed.Format.ShouldBe("gcp-artifact-occurrence");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability && o.Resource!.Class == ResourceClass.Image);
    }

    [Fact]
    public async Task ParseAsync_ManyVulns_MapsNoteCvssAndImage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "many_vulns.json");

        var first = parsed.Observations[0];
        first.SourceFindingId.ShouldBe("projects/test/occurrences/17762f5b-88a9-4e15-b92d-ce5b4de56519");
        first.RuleId.ShouldBe("projects/goog-vulnz/notes/CVE-2023-29405");
        first.Cves.ShouldBe(["CVE-2023-29405"]);
        first.Severity.ShouldBe(Severity.Critical);
        first.Cvss.ShouldBe(9.8);
        first.CvssVector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        first.Package.ShouldBe("go");
        first.PackageVersion.ShouldBe("1.17.6");
        first.FixedVersion.ShouldBe("1.19.10");
        first.Resource!.Uid.ShouldBe("northamerica-northeast1-docker.pkg.dev/testing/test-docker/test-image@sha256:deadbeef0000000000000000000000000000000000");
        first.Resource.Region.ShouldBe("northamerica-northeast1");
        parsed.Observations[2].Cves.ShouldBe(["CVE-2023-29404"]);
        parsed.Observations[2].Severity.ShouldBe(Severity.Critical);
        parsed.Observations.Count(o => o.Severity == Severity.High).ShouldBe(1);
    }

    [Fact]
    public async Task ParseAsync_Sample_MapsSeverityGroupsIncludingUnrated()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "artifact-analysis-occurrences-sample.json");

        Severity Of(string cve) => parsed.Observations.Single(o => o.Cves.Contains(cve)).Severity;
        Of("CVE-2023-36665").ShouldBe(Severity.Critical);
        Of("CVE-2023-45853").ShouldBe(Severity.Critical);
        Of("CVE-2022-37620").ShouldBe(Severity.High);
        Of("CVE-2018-6829").ShouldBe(Severity.Info);

        // Filed under "None" by gcloud, with no severity of their own.
        var unrated = parsed.Observations.Single(o => o.Cves.Contains("CVE-2025-6020"));
        unrated.SourceSeverity.ShouldBeNull();
        unrated.Severity.ShouldBe(Severity.Info);
        unrated.FixedVersion.ShouldBeNull();
        var twoVersions = parsed.Observations.Single(o => o.Cves.Contains("CVE-2025-64756"));
        twoVersions.PackageVersion.ShouldBe("10.4.5, 11.0.3");
        twoVersions.FixedVersion.ShouldBe("10.5.0, 11.1.0");
    }

    [Fact]
    public async Task ParseAsync_OccurrencesPage_SkipsOtherKindsAndRejectsOccurrencesWithoutNameOrImage()
    {
        var page = $$"""
            {"occurrences":[
              {"name":"projects/acme/occurrences/d1","kind":"DISCOVERY","noteName":"projects/goog-analysis/notes/PACKAGE_VULNERABILITY","resourceUri":"{{Image}}","discovery":{} },
              {{Occurrence("projects/acme/occurrences/v1", "CVE-2024-3094")}},
              {"kind":"VULNERABILITY","noteName":"projects/goog-vulnz/notes/CVE-2024-0001","resourceUri":"{{Image}}","vulnerability":{"effectiveSeverity":"LOW"} },
              {"name":"projects/acme/occurrences/v3","kind":"VULNERABILITY","noteName":"projects/goog-vulnz/notes/CVE-2024-0002","vulnerability":{"effectiveSeverity":"LOW"} }
            ],"nextPageToken":""}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("gcp-artifact-occurrence");
        var vuln = parsed.Observations.ShouldHaveSingleItem();
        vuln.Cves.ShouldBe(["CVE-2024-3094"]);
        vuln.Resource!.Uid.ShouldBe(Image["https://".Length..]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/occurrences/2", "record has no occurrence name"),
            ("/occurrences/3", "record has no resource uri"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDescription_KeepsItVerbatim(string naughty)
    {
        var parsed = await ParserHarness.ParseTextAsync($"[{Occurrence("projects/acme/occurrences/v1", "CVE-2024-3094", naughty)}]");

        parsed.Observations.ShouldHaveSingleItem().Description.ShouldBe(naughty);
    }

    private static string Occurrence(string name, string cve, string description = "xz backdoor") => $$"""
        {"name":"{{name}}","kind":"VULNERABILITY","noteName":"projects/goog-vulnz/notes/{{cve}}","resourceUri":"{{Image}}",
         "createTime":"2024-04-01T00:00:00Z","updateTime":"2024-04-02T00:00:00Z",
         "vulnerability":{"effectiveSeverity":"CRITICAL","cvssScore":10,"shortDescription":"{{cve}}","longDescription":{{JsonSerializer.Serialize(description)}},
           "packageIssue":[{"affectedPackage":"xz-utils","affectedVersion":{"fullName":"5.6.0"},"fixedVersion":{"fullName":"5.6.2"} }]} }
        """;
}
