using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Sarif;

public class SarifParserTests
{
    private const string Dir = "sarif/defectdojo/sarif/";
    private const string ExampleCorpRepo = "https://github.com/example-corp/browser";

    [Theory]
    [InlineData("SuppressionTestCurrent.sarif", 4, 4)]
    [InlineData("appendix_k.sarif", 1, 1)]
    [InlineData("appendix_k1.sarif", 0, 0)]
    [InlineData("appendix_k1_double.sarif", 0, 0)]
    [InlineData("appendix_k2.sarif", 1, 1)]
    [InlineData("appendix_k3.sarif", 1, 1)]
    [InlineData("appendix_k4.sarif", 1, 1)]
    [InlineData("bash-report-fabricated-no-internal-dupes-subset.sarif", 4, 4)]
    [InlineData("bash-report-fabricated-no-internal-dupes.sarif", 5, 5)]

    // 27 results, as DefectDojo counts, but 15 of them repeat another result exactly (same rule, file, line
    // and fingerprints): the store keeps 12 findings.
    [InlineData("bash-report.sarif", 27, 12)]
    [InlineData("blackduck_nested_fingerprints.sarif", 5, 5)]
    [InlineData("codeQL-output.sarif", 72, 72)]
    [InlineData("cxf-3.4.6.sarif", 22, 22)]
    [InlineData("dependency_check.sarif", 13, 13)]
    [InlineData("dockle_0_3_15.sarif", 4, 4)]
    [InlineData("gitleaks_7.5.0.sarif", 8, 8)]
    [InlineData("issue_10191.json", 77, 77)]
    [InlineData("no_runs.sarif", 0, 0)]
    [InlineData("suppression_test.sarif", 5, 5)]
    [InlineData("taint-python-report.sarif", 11, 11)]
    public async Task ParseAsync_Fixture_YieldsDocumentedCount(string file, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("sarif");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
        parsed.Observations.ShouldAllBe(o => o.Source == "sarif" && o.Resource != null);
    }

    [Fact]
    public async Task ParseAsync_AppendixK_HighOnListHeaderInTheRepository()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "appendix_k.sarif")).Observations.Single();

        finding.Severity.ShouldBe(Severity.High);
        finding.Title.ShouldBe("Variable \"ptr\" was used without being initialized. It was declared [here](0).");
        finding.Resource.ShouldBe(ResourceIds.SourceFile(ExampleCorpRepo, "collections/list.h"));
        finding.Description.ShouldNotBeNull().ShouldContain("collections/list.h line 15");

        // Its one suppression has no (valid) status, which SARIF reads as accepted.
        finding.Status.ShouldBe(FindingStatus.Suppressed);
    }

    [Fact]
    public async Task ParseAsync_AppendixK2_MessageTemplateFilledFromRule()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "appendix_k2.sarif")).Observations.Single();

        finding.Title.ShouldBe("Variable \"count\" was used without being initialized.");
        finding.Resource.ShouldBe(ResourceIds.SourceFile(null, "src/collections/list.cpp"));
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Status.ShouldBe(FindingStatus.Open);
    }

    [Fact]
    public async Task ParseAsync_AppendixK3_LogicalLocationOnlyBecomesACodeSymbol()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "appendix_k3.sarif")).Observations.Single();

        finding.Title.ShouldBe("The insecure method \"Crypto.Sha1.Encrypt\" should not be used.");
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Resource.ShouldNotBeNull().Provider.ShouldBe(CloudProvider.Code);
        finding.Resource.Uid.ShouldBe(
            ResourceIds.VendorNative("sarif", "BinaryScanner:Example.Worker.DoWork", CloudProvider.Code, "logical-location", null).Uid);
    }

    [Fact]
    public async Task ParseAsync_AppendixK4_MultiLineMessageFoldedIntoTitle()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "appendix_k4.sarif")).Observations.Single();

        finding.Title.ShouldBe("Variable \"ptr\" was used without being initialized. It was declared [here](0).");
        finding.RuleId.ShouldBe("C2001");
        finding.Resource.ShouldBe(ResourceIds.SourceFile(ExampleCorpRepo, "collections/list.h"));
        (finding.Status, finding.SourceStatus).ShouldBe((FindingStatus.Suppressed, "suppressed"));
    }

    [Fact]
    public async Task ParseAsync_SuppressionTestCurrent_FirstIsNewSuppressedResult()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "SuppressionTestCurrent.sarif");

        parsed.Observations[0].Title.ShouldBe("New suppressed result.");
        parsed.Observations[0].Resource.ShouldBe(ResourceIds.SourceFile(null, "/C:/code/file1.c"));
        parsed.Observations.Select(o => o.Status).ShouldBe(
            [FindingStatus.Suppressed, FindingStatus.Suppressed, FindingStatus.Suppressed, FindingStatus.Open]);
    }

    [Fact]
    public async Task ParseAsync_SuppressionTest_SuppressedResultsAreSuppressedOthersOpen()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "suppression_test.sarif");

        parsed.Observations.Count(o => o.Title == "Suppressed").ShouldBe(3);
        parsed.Observations.ShouldAllBe(o => o.Status == (o.Title == "Suppressed" ? FindingStatus.Suppressed : FindingStatus.Open));
    }

    [Fact]
    public async Task ParseAsync_BashReport_NotesAreInfoAndIdsUseFingerprints()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "bash-report.sarif");

        parsed.Observations.ShouldContain(o => o.Severity == Severity.Info);
        var seventh = parsed.Observations[6];
        seventh.Title.ShouldBe("Decimals are not supported. Either use integers only, or use bc or awk to compare.");
        seventh.Severity.ShouldBe(Severity.Info);
        seventh.Cves.ShouldBeEmpty();
        seventh.SourceFindingId.ShouldEndWith("|scanFileHash=5b05533780915bfc|scanPrimaryLocationHash=4d655189c485c086");
        parsed.Observations[0].Resource.ShouldBe(
            ResourceIds.SourceFile("https://github.com/damiencarol/django-DefectDojo", "/home/damien/dd/docker/setEnv.sh"));
        parsed.Observations[0].LastSeen.ShouldBe(new DateTimeOffset(2021, 3, 8, 15, 39, 40, TimeSpan.Zero));
    }

    [Fact]
    public async Task ParseAsync_FabricatedBashSubsetAfterFullFile_AllFourAreKnown()
    {
        var full = await ParserHarness.ParseFixtureAsync(Dir + "bash-report-fabricated-no-internal-dupes.sarif");
        var subset = await ParserHarness.ParseFixtureAsync(Dir + "bash-report-fabricated-no-internal-dupes-subset.sarif");

        // DefectDojo: no internal duplicates in the full file, and 4 duplicates when the subset follows it.
        full.DistinctFindings.ShouldBe(full.Observations.Count);
        var known = full.Observations.Select(o => o.SourceFindingId).ToHashSet();
        subset.Observations.Count(o => known.Contains(o.SourceFindingId)).ShouldBe(4);
    }

    [Fact]
    public async Task ParseAsync_BlackDuckNestedFingerprints_ReadsNestedValuesAndCves()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "blackduck_nested_fingerprints.sarif");

        parsed.Observations.Select(o => o.Severity).ShouldBe(
            [Severity.Medium, Severity.High, Severity.High, Severity.Info, Severity.High]);
        parsed.Observations[0].SourceFindingId.ShouldBe("Example-Application|csvRowSha256=" + new string('a', 64));
        parsed.Observations[0].Cves.ShouldBe(["CVE-2020-11022"]);
        parsed.Observations[3].Cves.ShouldBeEmpty();
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability);
    }
}
