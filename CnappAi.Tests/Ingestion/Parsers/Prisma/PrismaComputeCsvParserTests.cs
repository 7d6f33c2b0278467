using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prisma;

public class PrismaComputeCsvParserTests
{
    private const string Folder = "prisma_cloud/defectdojo/twistlock/";
    private const string Header = "Registry,Repository,Tag,Id,Distro,Hosts,Layer,CVE ID,Compliance ID,Type,Severity,Packages,Source Package,Package Version,Package License,CVSS,Fix Status,Risk Factors,Vulnerability Tags,Description,Cause,Containers,Custom Labels,Published,Discovered,Binaries,Clusters";

    // PROVENANCE.md derives "4 data rows" for scan_report_many_vuln.csv, but the fourth line is blank:
    // the file holds three findings, and a blank line is not a record.
    [Theory]
    [InlineData("scan_report_prisma_twistlock_images_four_vulns.csv", 4)]
    [InlineData("scan_report_prisma_twistlock_images_no_vuln.csv", 0)]
    [InlineData("scan_report_many_vuln.csv", 3)]
    [InlineData("scan_report_one_vuln.csv", 1)]
    [InlineData("scan_report_no_vuln.csv", 0)]
    public async Task ParseAsync_TwistcliCsv_OneFindingPerDataRow(string file, int observations)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + file);

        parsed.Format.ShouldBe("prisma-compute-csv");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability && o.Resource!.Class == ResourceClass.Image);
    }

    [Fact]
    public async Task ParseAsync_FourVulns_MapsCveImageAndFix()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "scan_report_prisma_twistlock_images_four_vulns.csv");

        var first = parsed.Observations[0];
        first.Cves.ShouldBe(["CVE-2020-24977"]);
        first.Severity.ShouldBe(Severity.Medium);
        first.Cvss.ShouldBe(6.5);
        first.Package.ShouldBe("libxml2");
        first.PackageVersion.ShouldBe("2.9.10-r2");
        first.FixedVersion.ShouldBe("2.9.10-r4");
        first.FirstSeen.ShouldBe(new DateTimeOffset(2020, 9, 29, 7, 55, 4, 733, TimeSpan.Zero));
        first.Resource!.Uid.ShouldBe("111111111111.dkr.ecr.eu-central-1.amazonaws.com/mirror/quay.io/kubernetes-ingress-controller/nginx-ingress-controller@sha256:70144d369cb283ebd5e6c7236c730994e27f5362ad3f01e42542cd6fa1a99d6b");
        first.Resource.Region.ShouldBe("eu-central-1");
        parsed.Observations[1].Severity.ShouldBe(Severity.High);
        parsed.Observations[2].FixedVersion.ShouldBeNull();
    }

    [Fact]
    public async Task ParseAsync_OlderLayout_ReadsQuotedDescriptionAndIgnoresMangledTimes()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "scan_report_one_vuln.csv");

        var vuln = parsed.Observations.ShouldHaveSingleItem();
        vuln.Cves.ShouldBe(["CVE-2023-12334"]);
        vuln.Severity.ShouldBe(Severity.Critical);
        vuln.FixedVersion.ShouldBe("1.2.11");
        vuln.Description!.ShouldContain("Bad thing.");
        vuln.LastSeen.ShouldBeNull();
        vuln.Resource!.Uid.ShouldStartWith("provisioner-docker.cloud.thdm.local/acme/acme-image-root@sha256:");
    }

    [Fact]
    public async Task ParseAsync_RowWithoutImageId_RejectsThatLineOnly()
    {
        var csv = string.Join('\n',
            Header,
            "r.example.com,web,1.0,sha256:aaaa,alpine,1,,CVE-2024-1001,46,OS,high,zlib,,1.2,,7.5,fixed in 1.3,,,desc,,1,,,,,",
            "r.example.com,web,1.0,,alpine,1,,CVE-2024-1002,46,OS,high,zlib,,1.2,,7.5,,,,desc,,1,,,,,",
            "r.example.com,web,1.0,sha256:aaaa,alpine,1,,,,OS,high,zlib,,1.2,,,,,,,,1,,,,,");

        var parsed = await ParserHarness.ParseTextAsync(csv, ".csv");

        parsed.Observations.ShouldHaveSingleItem().Cves.ShouldBe(["CVE-2024-1001"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("line 3", "record has no image id"),
            ("line 4", "record has no CVE ID or Compliance ID"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDescription_KeepsItVerbatim(string naughty)
    {
        var quoted = "\"" + naughty.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csv = Header + "\nr.example.com,web,1.0,sha256:aaaa,alpine,1,,CVE-2024-1001,46,OS,high,zlib,,1.2,,7.5,,,," + quoted + ",,1,,,,,";

        var parsed = await ParserHarness.ParseTextAsync(csv, ".csv");

        parsed.Observations.ShouldHaveSingleItem().Description.ShouldBe(naughty);
    }
}
