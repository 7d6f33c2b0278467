using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.EvaluateScan;

public class EvaluateScanHandlerTests(GateServicesFixture fixture) : IClassFixture<GateServicesFixture>
{
    private static string MultiCheck => FixtureFiles.Get(IacGateFacadeTests.MultiCheck);

    [Fact]
    public async Task EvaluateAsync_BaselineWithTheSameChecksOnMovedLines_FindsNothingNewAndPasses()
    {
        using var files = new TempFiles();
        var moved = ScanEdits.MoveCheckovChecks(files, MultiCheck, lines: 12);

        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = moved, BaselinePath = MultiCheck });

        report.Baseline.Kind.ShouldBe(GateBaselineKind.File);
        (report.Totals.New, report.Totals.Existing, report.Totals.Fixed).ShouldBe((0, 13, 0));
        report.Issues.Single(i => i.RuleId == "CKV_AWS_17").StartLine.ShouldBe(13);
        (report.Outcome, report.ExitCode).ShouldBe((GateOutcome.Pass, 0));
    }

    [Fact]
    public async Task EvaluateAsync_NewPublicDatabaseNextToExistingIssues_FailsOnThatOneOnly()
    {
        using var files = new TempFiles();
        var next = ScanEdits.AddPublicReplica(files, MultiCheck);

        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = next, BaselinePath = MultiCheck });

        report.ExitCode.ShouldBe(1);
        var blocking = report.Issues.Where(i => i.Blocking).ShouldHaveSingleItem();
        (blocking.Resource, blocking.Status, blocking.Priority).ShouldBe(("aws_db_instance.replica", GateIssueStatus.New, GatePriority.P1));
        report.Issues.Count(i => i.Status == GateIssueStatus.Existing).ShouldBe(13);
    }

    [Fact]
    public async Task EvaluateAsync_SarifWithoutSnippetsOnShiftedLines_MatchesTheBaseline()
    {
        using var files = new TempFiles();
        var shifted = ScanEdits.ShiftSarifLines(files, GateTestData.Get("tfsec.sarif"), lines: 30);

        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = shifted, BaselinePath = GateTestData.Get("tfsec.sarif") });

        (report.Totals.New, report.Totals.Existing).ShouldBe((0, 2));
        report.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task EvaluateAsync_IssueGoneSinceTheBaseline_IsListedAsFixed()
    {
        var report = await fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = FixtureFiles.Get("checkov/defectdojo/checkov/checkov-report-0-vuln.json"),
            BaselinePath = FixtureFiles.Get("checkov/defectdojo/checkov/checkov-report-1-vuln.json"),
        });

        report.Fixed.ShouldHaveSingleItem().RuleId.ShouldBe("CKV_AZURE_42");
        report.Totals.Fixed.ShouldBe(1);
        report.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task EvaluateAsync_TruncatedSarif_IsRefusedWithTheLineWhereItBreaks()
    {
        var error = await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("truncated.sarif") }));

        error.Message.ShouldContain("malformed SARIF log");
        error.Message.ShouldContain("line 8");
    }

    [Theory]
    [InlineData("trivy/defectdojo/trivy/misconfigurations_and_secrets.json", "is a trivy report")]
    [InlineData("aws_securityhub/defectdojo/asff/one_vuln.json", "not an IaC scan")]
    public async Task EvaluateAsync_ReportThatIsNotAnIacScan_IsRefused(string fixtureName, string message)
    {
        var error = await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = FixtureFiles.Get(fixtureName) }));

        error.Message.ShouldContain(message);
        error.Message.ShouldContain("SARIF");
    }

    [Fact]
    public async Task EvaluateAsync_MissingOrEmptyFiles_AreRefusedWithTheReason()
    {
        using var files = new TempFiles();

        (await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = Path.Combine(files.Directory, "nope.sarif") })))
            .Message.ShouldContain("no such file");
        (await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = files.Write("empty.sarif", string.Empty) })))
            .Message.ShouldContain("empty file");
        (await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = MultiCheck, BaselinePath = GateTestData.Get("truncated.sarif") })))
            .Message.ShouldStartWith("baseline");
    }

    [Fact]
    public async Task EvaluateAsync_UndefinedThreshold_IsRefused()
    {
        await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest { ScanPath = MultiCheck, FailOn = (GatePriority)9 }));
    }
}
