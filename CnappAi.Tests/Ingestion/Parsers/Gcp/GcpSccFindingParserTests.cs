using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Gcp;

public class GcpSccFindingParserTests
{
    [Fact]
    public async Task ParseAsync_ElasticNdjson_MapsFindingAndIgnoresEmptyPage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("gcp/elastic-integrations/google_scc/finding/test-finding.log");

        parsed.Format.ShouldBe("gcp-scc-finding");
        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("organizations/515665165161/sources/98481484454154454545/findings/414rfrhjebhrbhjbr444454hv54545");
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.SourceStatus.ShouldBe("ACTIVE");
        finding.Severity.ShouldBe(Severity.Critical);
        finding.RuleId.ShouldBe("application");
        finding.Title.ShouldBe("application");
        finding.LastSeen.ShouldBe(new DateTimeOffset(2023, 6, 2, 5, 17, 41, 936, TimeSpan.Zero));
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2020, 2, 19, 13, 37, 43, 858, TimeSpan.Zero));
        finding.Resource!.Uid.ShouldBe("//cloudresourcemanager.googleapis.com/projects/45455445554");
        finding.Resource.Provider.ShouldBe(CloudProvider.Gcp);
        finding.Resource.Class.ShouldBe(ResourceClass.Account);
    }

    [Fact]
    public async Task ParseAsync_XsoarPlaceholderFinding_DefaultsUnknownEnumsAndKeepsSourceValues()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("gcp/xsoar-content/GoogleCloudSCC/update_finding_response.json");

        parsed.Format.ShouldBe("gcp-scc-finding");
        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("name");
        finding.SourceStatus.ShouldBe("state");
        finding.Status.ShouldBe(FindingStatus.Open);

        // The response has no severity at all: Google omits SEVERITY_UNSPECIFIED, so it reads as Info.
        finding.SourceSeverity.ShouldBeNull();
        finding.Severity.ShouldBe(Severity.Info);
        finding.LastSeen.ShouldBe(new DateTimeOffset(2020, 2, 18, 7, 26, 42, TimeSpan.Zero));
        finding.Resource!.Uid.ShouldBe("gcp-scc:resourceName");
        finding.Resource.Provider.ShouldBe(CloudProvider.Gcp);
    }

    [Fact]
    public async Task ParseAsync_ListFindingsPage_MapsClassesStatesAndRejectsIncompleteFindings()
    {
        var page = $$"""
            {"listFindingsResults":[
              {{Result("f1", "//storage.googleapis.com/acme-logs", "PUBLIC_BUCKET_ACL", "MISCONFIGURATION", "HIGH", "ACTIVE", "UNMUTED",
                  """ "compliances":[{"standard":"cis","version":"1.3","ids":["5.1"]}] """)}},
              {{Result("f2", "//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/instances/web-1", "OS_VULNERABILITY", "VULNERABILITY", "MEDIUM", "ACTIVE", "MUTED",
                  """ "vulnerability":{"cve":{"id":"CVE-2023-1234","cvssv3":{"baseScore":7.5}},"offendingPackage":{"packageName":"openssl","packageVersion":"1.1.1k"},"fixedPackage":{"packageVersion":"1.1.1w"}} """)}},
              {{Result("f3", "//iam.googleapis.com/projects/acme-prod/serviceAccounts/sa@acme-prod.iam.gserviceaccount.com", "ADMIN_SERVICE_ACCOUNT", "MISCONFIGURATION", "LOW", "INACTIVE", "MUTED",
                  """ "sourceProperties":{"compliance_standards":{"cis":[{"version":"1.0","ids":["1.4"]}]}} """)}},
              {"finding":{"category":"Persistence: IAM Anomalous Grant","findingClass":"THREAT","resourceName":"//cloudresourcemanager.googleapis.com/projects/789"} },
              {"finding":{"name":"organizations/1/sources/2/findings/f5","category":"X"} }
            ],"readTime":"2024-05-02T00:00:00Z","nextPageToken":"CiAK","totalSize":5}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("gcp-scc-finding");
        parsed.Observations.Count.ShouldBe(3);
        var (bucket, vuln, account) = (parsed.Observations[0], parsed.Observations[1], parsed.Observations[2]);
        bucket.Category.ShouldBe(FindingCategory.DataExposure);
        bucket.Compliance.ShouldBe(["CIS 1.3: 5.1"]);
        bucket.Resource!.Uid.ShouldBe("//storage.googleapis.com/acme-logs");
        bucket.Resource.Class.ShouldBe(ResourceClass.Bucket);
        vuln.Category.ShouldBe(FindingCategory.Vulnerability);
        vuln.Title.ShouldBe("OS_VULNERABILITY: CVE-2023-1234");
        vuln.Cves.ShouldBe(["CVE-2023-1234"]);
        vuln.Cvss.ShouldBe(7.5);
        vuln.Package.ShouldBe("openssl");
        vuln.FixedVersion.ShouldBe("1.1.1w");
        vuln.Status.ShouldBe(FindingStatus.Suppressed);
        vuln.SourceStatus.ShouldBe("ACTIVE; mute=MUTED");
        vuln.Resource!.Class.ShouldBe(ResourceClass.Vm);
        account.Category.ShouldBe(FindingCategory.Identity);
        account.Status.ShouldBe(FindingStatus.Resolved);
        account.Compliance.ShouldBe(["CIS 1.0: 1.4"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/listFindingsResults/3", "record has no finding name"),
            ("/listFindingsResults/4", "record has no resource name"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDescription_KeepsItVerbatim(string naughty)
    {
        var result = Result("f1", "//storage.googleapis.com/acme-logs", "PUBLIC_BUCKET_ACL", "MISCONFIGURATION", "HIGH", "ACTIVE", "UNMUTED",
            $""" "description":{JsonSerializer.Serialize(naughty)} """);

        var parsed = await ParserHarness.ParseTextAsync(result);

        parsed.Observations.ShouldHaveSingleItem().Description.ShouldBe(naughty);
    }

    private static string Result(string id, string resource, string category, string findingClass, string severity, string state, string mute, string extra) => $$"""
        {"finding":{"name":"organizations/123/sources/456/findings/{{id}}","parent":"organizations/123/sources/456","resourceName":"{{resource}}",
           "state":"{{state}}","category":"{{category}}","findingClass":"{{findingClass}}","severity":"{{severity}}","mute":"{{mute}}",
           "eventTime":"2024-05-01T12:00:00Z","createTime":"2024-05-01T12:01:00Z",{{extra}} },
         "resource":{"name":"{{resource}}","type":"google.cloud.storage.Bucket"} }
        """;
}
