using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Sarif;

/// <summary>SARIF written by specific scanners, each with its own way of stating severity.</summary>
public class SarifToolReportsTests
{
    private const string Dir = "sarif/defectdojo/sarif/";

    [Fact]
    public async Task ParseAsync_CodeQl_DefaultLevelOfTheRuleDecides()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "codeQL-output.sarif");

        // DefectDojo's test checks findings[7] (PROVENANCE quotes it as "[0] High"): results[0] is
        // py/empty-except, whose rule level is "note", so it is Info here and in DefectDojo alike.
        parsed.Observations[0].Severity.ShouldBe(Severity.Info);
        var seventh = parsed.Observations[7];
        seventh.Severity.ShouldBe(Severity.High);
        seventh.Title.ShouldBe("Keyword argument 'request' is not a supported parameter name of [function create](1).");
        seventh.Resource.ShouldBe(ResourceIds.SourceFile(null, "good/mod_user.py"));
        seventh.Description.ShouldNotBeNull().ShouldContain("good/mod_user.py line 33");
    }

    [Fact]
    public async Task ParseAsync_GrypeCxf_SeverityFromSecuritySeverityScore()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "cxf-3.4.6.sarif");

        (parsed.Observations[0].Severity, parsed.Observations[0].Cvss).ShouldBe((Severity.Low, 2.1));
        (parsed.Observations[6].Severity, parsed.Observations[6].Cvss).ShouldBe((Severity.High, 7.8));
        parsed.Observations[0].Cves.ShouldBe(["CVE-2008-0732"]);
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability);
    }

    [Fact]
    public async Task ParseAsync_DependencyCheck_PropertySeverityWordsBeatTheLevel()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "dependency_check.sarif");

        (parsed.Observations[0].Severity, parsed.Observations[0].SourceSeverity).ShouldBe((Severity.Low, "low"));
        var jquery = parsed.Observations[6];
        jquery.Title.ShouldStartWith("CVE-2019-11358 - jQuery before 3.4.0, as used in Drupal, Backdrop CMS, and other products");
        jquery.Severity.ShouldBe(Severity.High);
        jquery.Cves.ShouldBe(["CVE-2019-11358"]);
        jquery.Cvss.ShouldBe(6.1);
        parsed.Observations[0].Resource.ShouldBe(ResourceIds.SourceFile(
            null, "/src/.venv/lib/python3.9/site-packages/tastypie_swagger/static/tastypie_swagger/js/lib/handlebars-1.0.0.js"));
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability);
    }

    [Fact]
    public async Task ParseAsync_Dockle_LevelsAndTheImageAsOnlyTarget()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "dockle_0_3_15.sarif");

        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.High, Severity.Info, Severity.Info, Severity.Info]);
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["CIS-DI-0010", "CIS-DI-0005", "CIS-DI-0006", "CIS-DI-0008"]);

        // Dockle names no location at all: every result falls back to the one scan target of the tool.
        parsed.Observations.Select(o => o.Resource!.Uid).Distinct().ShouldHaveSingleItem()
            .ShouldBe(ResourceIds.VendorNative("sarif", "Dockle", CloudProvider.Unknown, null, null).Uid);
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Misconfiguration);
    }

    [Fact]
    public async Task ParseAsync_Gitleaks_SecretsPerFileLineAndCommit()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "gitleaks_7.5.0.sarif");

        var first = parsed.Observations[0];
        first.Title.ShouldBe("AWS Access Key secret detected");
        first.Severity.ShouldBe(Severity.Medium);
        first.Category.ShouldBe(FindingCategory.Secret);
        first.Resource.ShouldBe(ResourceIds.SourceFile(
            null, "dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json"));
        parsed.Observations[3].Description.ShouldNotBeNull().ShouldContain("line 44");
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Secret);
    }

    [Fact]
    public async Task ParseAsync_SemgrepIssue10191_SeverityWordInRuleProperties()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "issue_10191.json");

        parsed.Observations.ShouldAllBe(o => o.SourceSeverity == "CRITICAL" || o.SourceSeverity == "HIGH" || o.SourceSeverity == "MEDIUM");
        parsed.Observations.Count(o => o.Severity == Severity.Critical).ShouldBe(34);
        parsed.Observations.Count(o => o.Severity == Severity.Medium).ShouldBe(42);

        // The message runs to paragraphs; the rule's short description makes the title.
        parsed.Observations[0].Title.ShouldBe("Improper limitation of a pathname to a restricted directory ('Path Traversal')");
        parsed.Observations[0].Category.ShouldBe(FindingCategory.Vulnerability);
    }

    [Fact]
    public async Task ParseAsync_TaintPython_HighXmlInjection()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "taint-python-report.sarif");

        parsed.Observations.ShouldContain(o => o.Severity == Severity.High);
        parsed.Observations[0].Resource.ShouldBe(ResourceIds.SourceFile(
            "https://github.com/damiencarol/django-DefectDojo", "/home/damien/dd/dojo/tools/veracode/parser.py"));
        parsed.Observations[6].Title.ShouldBe(
            "XML injection with user data from `filename in parser_helper.py:167` is used for parsing XML at `parser_helper.py:23`.");
        parsed.Observations[6].Severity.ShouldBe(Severity.High);
        parsed.Observations[2].Description.ShouldNotBeNull().ShouldContain("line 169");
    }
}
