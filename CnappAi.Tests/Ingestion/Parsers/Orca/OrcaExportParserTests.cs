using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

public sealed class OrcaExportParserTests
{
    private const string Header = "OrcaScore,Title,Category,Inventory,Inventory.Name,CloudAccount,CloudAccount.Name,Source,Status,CreatedAt,LastSeen,Labels";

    [Theory]
    [InlineData("orca/defectdojo/orca_security/many_vulns.csv", "orca-csv", 5)]
    [InlineData("orca/defectdojo/orca_security/one_vuln.csv", "orca-csv", 1)]
    [InlineData("orca/defectdojo/orca_security/no_vuln.csv", "orca-csv", 0)]
    [InlineData("orca/defectdojo/orca_security/one_vuln.json", "orca-json-export", 1)]
    public async Task ParseAsync_Export_YieldsOneObservationPerAlert(string fixture, string format, int count)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe(format);
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(count);
        parsed.DistinctFindings.ShouldBe(count);
    }

    // A bare [] names no vendor, so detection leaves it to the shared empty-document reader (or whichever vendor claims
    // empty arrays); any reader yields nothing from it, which is what matters here.
    [Fact]
    public async Task ParseAsync_EmptyJsonExport_YieldsNothing()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("orca/defectdojo/orca_security/no_vuln.json");

        parsed.Format.ShouldNotBeNull().ShouldNotStartWith("orca");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldBeEmpty();
    }

    [Fact]
    public async Task ParseAsync_ManyVulnsCsv_MapsOrcaScoreBandsAndClosedStatus()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("orca/defectdojo/orca_security/many_vulns.csv")).Observations;

        findings.Select(f => (f.Title, f.Severity, f.SourceSeverity)).ShouldBe(
        [
            ("Low severity test finding", Severity.Low, "2.0"),
            ("Unused role with policy found", Severity.Medium, "5.1"),
            ("Public S3 bucket detected", Severity.High, "7.5"),
            ("Critical IAM root access key active", Severity.Critical, "9.5"),
            ("Informational security note", Severity.Info, "0"),
        ]);
        findings[4].Status.ShouldBe(FindingStatus.Resolved);
        findings[4].SourceStatus.ShouldBe("closed");
        findings.Take(4).ShouldAllBe(f => f.Status == FindingStatus.Open);
        findings[1].Category.ShouldBe(FindingCategory.Identity);
        findings[2].Category.ShouldBe(FindingCategory.DataExposure);
    }

    [Fact]
    public async Task ParseAsync_OneVulnCsvAndJson_DescribeTheSameAlertWithOneKey()
    {
        var csv = (await ParserHarness.ParseFixtureAsync("orca/defectdojo/orca_security/one_vuln.csv")).Observations.ShouldHaveSingleItem();
        var json = (await ParserHarness.ParseFixtureAsync("orca/defectdojo/orca_security/one_vuln.json")).Observations.ShouldHaveSingleItem();

        foreach (var finding in new[] { csv, json })
        {
            finding.Title.ShouldBe("Unused role with policy found");
            finding.Severity.ShouldBe(Severity.Medium);
            finding.Status.ShouldBe(FindingStatus.Open);
            finding.Category.ShouldBe(FindingCategory.Identity);
            finding.FirstSeen.ShouldBe(new DateTimeOffset(2025, 1, 15, 10, 30, 0, TimeSpan.Zero));
            finding.LastSeen.ShouldBe(new DateTimeOffset(2025, 2, 1, 12, 0, 0, TimeSpan.Zero));
        }

        csv.SourceFindingId.ShouldBe("test-account|TestRole_abc123|Unused role with policy found");
        json.SourceFindingId.ShouldBe(csv.SourceFindingId);
        json.Resource!.Uid.ShouldBe("orca:test-account/TestRole_abc123");
        json.Resource.ShouldBe(csv.Resource);
    }

    [Fact]
    public async Task ParseAsync_AlertIdColumn_IsTheSourceFindingId()
    {
        var content = "AlertId,OrcaScore,Title,Inventory.Name,CloudAccount.Name,Status\norca-77,6.0,Open port,web-1,prod,open";

        var finding = (await ParserHarness.ParseTextAsync(content, ".csv")).Observations.ShouldHaveSingleItem();

        finding.SourceFindingId.ShouldBe("orca-77");
    }

    [Fact]
    public async Task ParseAsync_RowWithoutTitleOrAsset_IsRejectedAtItsLine()
    {
        var content = string.Join('\n',
            Header,
            "5.0,Ok,Best practices,1,res-a,1,acct,res-a,open,2025-01-01T00:00:00+00:00,2025-01-02T00:00:00+00:00,[]",
            "5.0,,Best practices,1,res-b,1,acct,res-b,open,2025-01-01T00:00:00+00:00,2025-01-02T00:00:00+00:00,[]",
            "5.0,No asset,Best practices,1,,1,acct,,open,2025-01-01T00:00:00+00:00,2025-01-02T00:00:00+00:00,[]");

        var parsed = await ParserHarness.ParseTextAsync(content, ".csv");

        parsed.Observations.Select(o => o.Title).ShouldBe(["Ok"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("line 3", "record has no Title"),
            ("line 4", "record has no Inventory.Name or Source"),
        ]);
    }

    [Fact]
    public async Task ParseAsync_JsonRecordWithoutTitle_IsRejectedAtItsPointer()
    {
        const string content = """
            [{"Title":"Ok","OrcaScore":1.0,"Status":"open","Inventory":{"Name":"a"},"CloudAccount":{"Name":"x"}},
             {"OrcaScore":1.0,"Status":"open","Inventory":{"Name":"b"},"CloudAccount":{"Name":"x"}}]
            """;

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Format.ShouldBe("orca-json-export");
        parsed.Observations.ShouldHaveSingleItem().Title.ShouldBe("Ok");
        parsed.Rejections.ShouldHaveSingleItem().Location.ShouldBe("/1");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("' OR '1'='1")]
    [InlineData("Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮")]
    public async Task ParseAsync_NaughtyTitle_StillParses(string naughty)
    {
        var quoted = "\"" + naughty.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var content = string.Join('\n', Header, $"5.0,{quoted},Best practices,1,res-a,1,acct,res-a,open,,,[]");

        (await ParserHarness.ParseTextAsync(content, ".csv")).Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }
}
