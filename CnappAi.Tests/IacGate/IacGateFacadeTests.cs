using System.Text.Json;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate;

public class IacGateFacadeTests(GateServicesFixture fixture) : IClassFixture<GateServicesFixture>
{
    internal const string MultiCheck = "checkov/defectdojo/checkov/checkov-report-multiple-check_type.json";

    public static TheoryData<string> VendorScans =>
    [
        .. Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "checkov"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "sarif"), "*", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(FixtureFiles.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(VendorScans))]
    public async Task EvaluateAsync_EverySarifAndCheckovFixture_JudgesEveryFailedCheck(string fixtureName)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixtureName);
        var failed = parsed.Observations.Count(o => o.Status != FindingStatus.Resolved);

        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = FixtureFiles.Get(fixtureName) });

        report.Totals.Failed.ShouldBe(failed);
        report.Totals.New.ShouldBe(failed, "without a baseline every failed check is new");
        report.Totals.Rejected.ShouldBe(parsed.Rejections.Count);
        report.Issues.ShouldAllBe(i => i.Explanation.Length > 20 && i.Fingerprint.Length == 16 && i.File.Length > 0 && i.Tool.Length > 0);
        report.ExitCode.ShouldBe(report.Issues.Any(i => i.Blocking) ? 1 : 0);
        report.Outcome.ShouldBe(report.ExitCode == 1 ? GateOutcome.Fail : GateOutcome.Pass);
        fixture.Gate.Render(report, GateReportFormat.Markdown).ShouldStartWith(report.ExitCode == 1 ? "## ❌" : "## ✅");
        using var json = JsonDocument.Parse(fixture.Gate.Render(report, GateReportFormat.Json));
        json.RootElement.GetProperty("issues").GetArrayLength().ShouldBe(failed);
    }

    [Fact]
    public async Task EvaluateAsync_CheckovTerraformAndDockerfile_ExplainsPrioritisesAndFailsOnTheHighRiskOnes()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = FixtureFiles.Get(MultiCheck) });

        report.Outcome.ShouldBe(GateOutcome.Fail);
        report.ExitCode.ShouldBe(1);
        report.Scan.Tools.ShouldBe(["checkov"]);
        report.Issues.Where(i => i.Blocking).Select(i => i.RuleId).Order().ShouldBe(["CKV_AWS_16", "CKV_AWS_17", "CKV_AWS_79", "CKV_AWS_8"]);
        report.Issues[0].RuleId.ShouldBe("CKV_AWS_17", "the most urgent issue comes first");

        var publicDb = report.Issues.Single(i => i.RuleId == "CKV_AWS_17");
        publicDb.Severity.ShouldBe(Severity.Critical);
        publicDb.Priority.ShouldBe(GatePriority.P1);
        (publicDb.File, publicDb.StartLine, publicDb.EndLine, publicDb.Resource).ShouldBe(("aws/db-app.tf", 1, 41, "aws_db_instance.default"));
        publicDb.ExplanationSource.ShouldBe("fix-catalogue");
        publicDb.Control!.Id.ShouldBe("database.public-access");
        publicDb.Control.Frameworks.ShouldContain("PCI DSS 4.0 1.3.1");
        publicDb.Fix!.Edited.ShouldBeTrue();
        publicDb.Fix.Snippet.ShouldContain("  publicly_accessible     = false");
        publicDb.HelpUri.ShouldBe("https://docs.bridgecrew.io/docs/public_2");

        var imds = report.Issues.Single(i => i.RuleId == "CKV_AWS_79");
        imds.Fix!.Snippet.ShouldContain("    http_tokens = \"required\"");
        imds.Fix.Snippet.ShouldContain("EnD", customMessage: "the user_data heredoc survives the edit");
        imds.Fix.Snippet.Split('\n').Length.ShouldBe(171 + 4);

        var healthcheck = report.Issues.Single(i => i.RuleId == "CKV_DOCKER_2");
        (healthcheck.Priority, healthcheck.Blocking).ShouldBe((GatePriority.P4, false));
        healthcheck.Fix!.Snippet.ShouldStartWith("FROM python:3.7-slim\nHEALTHCHECK");
        report.Issues.Single(i => i.RuleId == "CKV_AWS_157").Control.ShouldBeNull("multi-AZ is resilience, not a shared security control");
    }

    [Fact]
    public async Task EvaluateAsync_FailOnThreshold_DecidesTheExitCode()
    {
        var scan = FixtureFiles.Get("checkov/defectdojo/checkov/checkov-report-1-vuln.json");

        var atP2 = await fixture.EvaluateAsync(new GateRequest { ScanPath = scan });
        var atP3 = await fixture.EvaluateAsync(new GateRequest { ScanPath = scan, FailOn = GatePriority.P3 });

        atP2.Issues.ShouldHaveSingleItem().Priority.ShouldBe(GatePriority.P3);
        atP2.ExitCode.ShouldBe(0);
        atP3.ExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("trivy.sarif", "Trivy", 3)]
    [InlineData("tfsec.sarif", "tfsec", 2)]
    [InlineData("kics.sarif", "KICS", 2)]
    [InlineData("checkov.sarif", "Checkov", 4)]
    public async Task EvaluateAsync_SarifFromIacScanners_MapsTheirRuleIdsToTheCatalogue(string file, string tool, int issues)
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get(file) });

        report.Scan.Tools.ShouldBe([tool]);
        report.Issues.Count.ShouldBe(issues);
        report.Issues.Where(i => i.RuleId != "CKV_AWS_999").ShouldAllBe(i => i.ExplanationSource == "fix-catalogue" && i.Control != null && i.Fix != null);
    }

    [Fact]
    public async Task EvaluateAsync_SarifLevelsAndSecuritySeverity_UseTheBestSeverityAvailable()
    {
        var kics = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("kics.sarif") });
        var trivy = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("trivy.sarif") });

        // KICS says only "error"/"warning": the catalogue knows a public database is critical and versioning is medium.
        kics.Issues.Single(i => i.Resource is null && i.File == "infra/db.tf").Priority.ShouldBe(GatePriority.P1);
        kics.Issues.Single(i => i.File == "infra/storage.tf").Severity.ShouldBe(Severity.Medium);

        // Trivy's security-severity 8.0 is a real score and wins.
        trivy.Issues.Single(i => i.RuleId == "AVD-AWS-0088").Severity.ShouldBe(Severity.High);
        trivy.Issues.Single(i => i.RuleId == "DS002").Fix!.Snippet.ShouldContain("USER app");
    }

    [Fact]
    public async Task EvaluateAsync_RuleTheCatalogueDoesNotKnow_UsesTheScannersOwnDescription()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("checkov.sarif") });

        var unknown = report.Issues.Single(i => i.RuleId == "CKV_AWS_999");
        unknown.ExplanationSource.ShouldBe("scanner");
        unknown.Explanation.ShouldContain("leak state");
        (unknown.Control, unknown.Fix).ShouldBe((null, null));
    }

    [Fact]
    public async Task EvaluateAsync_RuleOnlyTheCorrelationCrosswalkKnows_StillGetsItsSharedControl()
    {
        using var files = new TempFiles();
        var scan = files.Write("k8s.json", """
            {
              "check_type": "kubernetes",
              "results": {
                "failed_checks": [
                  {
                    "check_id": "CKV_K8S_38",
                    "check_name": "Ensure that Service Account Tokens are only mounted where necessary",
                    "check_result": { "result": "FAILED" },
                    "file_path": "/deploy/api.yaml",
                    "file_line_range": [1, 30],
                    "resource": "Deployment.default.api"
                  }
                ]
              },
              "summary": { "passed": 0, "failed": 1, "skipped": 0, "parsing_errors": 0, "checkov_version": "3.2.0" }
            }
            """);

        var issue = (await fixture.EvaluateAsync(new GateRequest { ScanPath = scan })).Issues.ShouldHaveSingleItem();

        issue.ExplanationSource.ShouldBe("scanner");
        issue.Control!.Id.ShouldBe("kubernetes.service-account-tokens");
        issue.Fix.ShouldBeNull();
    }

    [Fact]
    public async Task EvaluateAsync_SshRuleInSarifSnippet_FixesOnlyTheOpenSshIngress()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("checkov.sarif") });

        var ssh = report.Issues.Single(i => i.RuleId == "CKV_AWS_24");
        ssh.Resource.ShouldBe("aws_security_group.bastion");
        ssh.Fix!.Snippet.ShouldContain("cidr_blocks = [\"0.0.0.0/0\"]", customMessage: "the public HTTPS rule is left alone");
        ssh.Fix.Snippet.ShouldContain("cidr_blocks = [var.admin_cidr]");
        ssh.Control!.Frameworks.ShouldContain("CIS AWS 1.4.0 5.2");
    }
}
