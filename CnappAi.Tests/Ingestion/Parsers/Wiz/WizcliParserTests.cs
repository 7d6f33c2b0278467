using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizcliParserTests
{
    // img many: 8 package vulnerabilities + 1 secret; iac many: 9 rule matches + 16 secrets.
    [Theory]
    [InlineData("wiz/defectdojo/wizcli_img/wizcli_img_many_vul.json", "wizcli-image", 9)]
    [InlineData("wiz/defectdojo/wizcli_img/wizcli_img_one_vul.json", "wizcli-image", 1)]
    [InlineData("wiz/defectdojo/wizcli_img/wizcli_img_zero_vul.json", "wizcli-image", 0)]
    [InlineData("wiz/defectdojo/wizcli_iac/wizcli_iac_many_vul.json", "wizcli-iac", 25)]
    [InlineData("wiz/defectdojo/wizcli_iac/wizcli_iac_zero_vul.json", "wizcli-iac", 0)]
    [InlineData("wiz/defectdojo/wizcli_dir/wizcli_dir_one_vul.json", "wizcli-dir", 1)]
    [InlineData("wiz/defectdojo/wizcli_dir/wizcli_dir_zero_vul.json", "wizcli-dir", 0)]
    public async Task ParseAsync_WizcliReport_YieldsOneObservationPerFinding(string fixture, string format, int count)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe(format);
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(count);
        parsed.DistinctFindings.ShouldBe(count);
    }

    [Fact]
    public async Task ParseAsync_ImageScan_MapsPackagesAndKeysEveryFindingToTheImage()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wizcli_img/wizcli_img_many_vul.json")).Observations;

        findings[0].Title.ShouldBe("libcrypto3 - CVE-2024-5535");
        findings[0].Severity.ShouldBe(Severity.Low);
        findings[0].FixedVersion.ShouldBe("3.3.1-r1");
        findings[1].Title.ShouldBe("libssl3 - CVE-2024-5535");
        findings[1].Cves.ShouldBe(["CVE-2024-5535"]);
        findings[0].SourceFindingId.ShouldNotBe(findings[1].SourceFindingId);
        findings.Single(f => f.Title == "golang.org/x/net - CVE-2023-44487").Cvss.ShouldBe(7.5);
        findings.Count(f => f.Category == FindingCategory.Secret).ShouldBe(1);
        findings.Select(f => f.Resource!.Uid).Distinct().ShouldHaveSingleItem().ShouldBe("docker.io/library/wizcli-imagescan:latest");
        findings.ShouldAllBe(f => f.Resource!.Class == ResourceClass.Image);
    }

    [Fact]
    public async Task ParseAsync_ImageScanSecret_IsHighSecretOnTheImage()
    {
        var secret = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wizcli_img/wizcli_img_one_vul.json")).Observations.ShouldHaveSingleItem();

        secret.Title.ShouldBe("Secret: Password in URL (postgresql://postgres:---REDACTED---@localhost:5432/postgres?)");
        secret.Category.ShouldBe(FindingCategory.Secret);
        secret.Severity.ShouldBe(Severity.High);
        secret.RuleId.ShouldBe("PASSWORD");
        secret.Description.ShouldBe("PASSWORD in /app/testing.go line 35");
        secret.SourceFindingId.ShouldBe("wizcli-imagescan|/app/testing.go|35|PASSWORD");
        secret.LastSeen.ShouldBe(new DateTimeOffset(2024, 7, 22, 14, 50, 26, 600, TimeSpan.Zero).AddTicks(8490));
    }

    [Fact]
    public async Task ParseAsync_IacScan_MapsRuleMatchesToSourceFiles()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wizcli_iac/wizcli_iac_many_vul.json")).Observations;

        findings[0].Title.ShouldBe("Apk Add Using Local Cache Path - FROM={{registry.gitlab.com/evilorg.com/infra/images/go-lang-1.18-alpine3.17:latest as builder}}.{{RUN apk add --update make git musl-dev gcc}}");
        findings[0].Severity.ShouldBe(Severity.Info);
        findings[0].RuleId.ShouldBe("4ac84116-456f-4d60-9e12-187607266faf");
        findings[0].Category.ShouldBe(FindingCategory.Misconfiguration);
        findings[0].Description.ShouldBe("Found: 'RUN' contains 'apk add' command without '--no-cache' switch\nExpected: 'RUN' should not contain 'apk add' command without '--no-cache' switch");
        findings[0].Resource!.Uid.ShouldBe("file://local/Dockerfile");
        findings[0].Resource!.Class.ShouldBe(ResourceClass.SourceFile);
        findings[1].Title.ShouldBe("Healthcheck Instruction Missing - FROM={{registry.gitlab.com/evilorg.com/infra/images/alpine-3.9:latest}}");
        findings[1].Severity.ShouldBe(Severity.Low);
        findings.Count(f => f.Category == FindingCategory.Secret).ShouldBe(16);
        findings.Where(f => f.Category == FindingCategory.Secret).ShouldAllBe(f => f.Resource!.Uid == "file://local/docker-compose.yaml");
    }

    [Fact]
    public async Task ParseAsync_DirectoryScan_MapsLibraryToManifestInsideTheDirectory()
    {
        var finding = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wizcli_dir/wizcli_dir_one_vul.json")).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe("google.golang.org/protobuf - CVE-2024-24786");
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Package.ShouldBe("google.golang.org/protobuf");
        finding.PackageVersion.ShouldBe("1.28.1");
        finding.FixedVersion.ShouldBe("1.33.0");
        finding.Resource!.Uid.ShouldBe("file://Users/osama/Documents/testing/grpc/proto/go.mod");
        finding.Resource.Provider.ShouldBe(CloudProvider.Code);
    }

    [Fact]
    public async Task ParseAsync_MalformedEntries_AreRejectedAtTheirPointerAndTheRestIsKept()
    {
        const string report = """
            {"id":"scan-1","createdAt":"2024-07-22T06:59:56Z","status":{"state":"SUCCESS","verdict":"WARN_BY_POLICY"},"policies":[],
             "scanOriginResource":{"__typename":"CICDScanOriginDirectory","name":"/src/app"},
             "result":{"__typename":"CICDDiskScanResult",
               "libraries":[{"name":"lib-a","version":"1.0","path":"/go.mod","vulnerabilities":[
                 {"name":"CVE-2024-0001","severity":"HIGH"},{"severity":"LOW"}]}],
               "secrets":[{"description":"AWS key","path":"/config.env","lineNumber":3,"type":"CLOUD_KEY"},{"description":"no path","type":"PASSWORD"}]}}
            """;

        var parsed = await ParserHarness.ParseTextAsync(report);

        parsed.Format.ShouldBe("wizcli-dir");
        parsed.Observations.Select(o => o.Title).ShouldBe(["lib-a - CVE-2024-0001", "Secret: AWS key"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/result/libraries/0/vulnerabilities/1", "record has no vulnerability name"),
            ("/result/secrets/1", "record has no path"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    public async Task ParseAsync_NaughtySecretDescription_StillParses(string naughty)
    {
        var report = """
            {"status":{"verdict":"PASSED"},"policies":[],"scanOriginResource":{"__typename":"CICDScanOriginIAC","name":"IAC scan"},
             "result":{"__typename":"CICDIACScanResult","secrets":[{"description":@TEXT@,"path":"a.tf","lineNumber":1,"type":"PASSWORD"}]}}
            """.Replace("@TEXT@", System.Text.Json.JsonSerializer.Serialize(naughty), StringComparison.Ordinal);

        var finding = (await ParserHarness.ParseTextAsync(report)).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe($"Secret: {naughty}");
    }
}
