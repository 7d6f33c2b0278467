using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.FalsePositives;

public class ExceptionsAndFalsePositivesTests(GateServicesFixture fixture) : IClassFixture<GateServicesFixture>
{
    [Fact]
    public async Task EvaluateAsync_ExceptionsFile_AcceptsLiveExceptionsAndNotesExpiredOnes()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("checkov.sarif"), ExceptionsPath = GateTestData.Get("exceptions.json") });

        var ssh = report.Issues.Single(i => i.RuleId == "CKV_AWS_24");
        ssh.Accepted.ShouldBe(new GateAcceptance("Bastion SSH is restricted by the upstream firewall until the VPN lands", "platform-team", new DateOnly(2099, 12, 31), "exceptions-file"));
        ssh.Blocking.ShouldBeFalse();

        var expired = report.Issues.Single(i => i.RuleId == "CKV_AWS_19" && i.File == "infra/storage.tf");
        expired.Accepted.ShouldBeNull();
        expired.Notes.ShouldHaveSingleItem().ShouldContain("expired on 2000-01-31");
        expired.Blocking.ShouldBeTrue();
        report.Totals.Accepted.ShouldBe(1);
    }

    [Fact]
    public async Task EvaluateAsync_ExampleCodeAndListedTestPaths_AreLikelyFalsePositivesThatDoNotBlock()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("checkov.sarif"), ExceptionsPath = GateTestData.Get("exceptions.json") });

        var example = report.Issues.Single(i => i.File == "examples/complete/main.tf");
        example.LikelyFalsePositive.ShouldBe("the file is under 'examples/', a folder of test or example code that is not deployed");
        example.Blocking.ShouldBeFalse();
        report.Issues.Single(i => i.File == "infra/widget.tf").LikelyFalsePositive!.ShouldContain("listed as test or example code");
        report.Issues.Where(i => i.Blocking).ShouldHaveSingleItem().File.ShouldBe("infra/storage.tf");
    }

    [Fact]
    public async Task EvaluateAsync_StrictMode_LetsLikelyFalsePositivesBlock()
    {
        var report = await fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = GateTestData.Get("checkov.sarif"), ExceptionsPath = GateTestData.Get("exceptions.json"), Strict = true,
        });

        report.Issues.Where(i => i.Blocking).Select(i => i.File).Order().ShouldBe(["examples/complete/main.tf", "infra/storage.tf", "infra/widget.tf"]);
    }

    [Fact]
    public async Task EvaluateAsync_DevOnlyWorkspace_MarksEveryIssueAsLikelyFalsePositive()
    {
        var byFolder = await fixture.EvaluateAsync(new GateRequest { ScanPath = GateTestData.Get("trivy.sarif") });
        var byWorkspace = await fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = GateTestData.Get("trivy.sarif"), Workspace = "preview", ExceptionsPath = GateTestData.Get("exceptions.json"),
        });

        byFolder.Issues.Single(i => i.File == "environments/dev/compute.tf").LikelyFalsePositive.ShouldBe("the file is under 'dev/', a development-only environment");
        byFolder.Issues.Single(i => i.File == "infra/storage.tf").LikelyFalsePositive.ShouldBeNull();
        byWorkspace.Issues.ShouldAllBe(i => i.LikelyFalsePositive != null && !i.Blocking);
        byWorkspace.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task EvaluateAsync_CheckSkippedInTheCode_IsAcceptedWithItsComment()
    {
        using var files = new TempFiles();
        var scan = files.Write("skipped.json", """
            {
              "check_type": "terraform",
              "results": {
                "passed_checks": [],
                "failed_checks": [],
                "skipped_checks": [
                  {
                    "check_id": "CKV_AWS_20",
                    "check_name": "S3 Bucket has an ACL defined which allows public READ access.",
                    "check_result": { "result": "SKIPPED", "suppress_comment": "public website bucket, reviewed by security" },
                    "file_path": "/site/bucket.tf",
                    "file_line_range": [1, 4],
                    "resource": "aws_s3_bucket.site"
                  }
                ]
              },
              "summary": { "passed": 0, "failed": 0, "skipped": 1, "parsing_errors": 0, "checkov_version": "3.2.0" }
            }
            """);

        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = scan });

        var skipped = report.Issues.ShouldHaveSingleItem();
        skipped.Accepted.ShouldBe(new GateAcceptance("public website bucket, reviewed by security", null, null, "in-source"));
        (skipped.Priority, skipped.Blocking, report.ExitCode).ShouldBe((GatePriority.P1, false, 0));
    }

    [Theory]
    [InlineData("""{ "exceptions": [ { "rule": "CKV_AWS_19", "reason": "r", "expires": "2030-01-01" } ] }""", "owner")]
    [InlineData("""{ "exceptions": [ { "rule": "*", "reason": "r", "owner": "o", "expires": "2030-01-01" } ] }""", "must name a 'file' or a 'resource'")]
    [InlineData("""{ "exceptions": [ { "rule": "CKV_AWS_19", "reason": "r", "owner": "o", "expires": "soon" } ] }""", "not valid JSON")]
    public async Task EvaluateAsync_BadExceptionsFile_IsRefusedRatherThanHalfApplied(string content, string message)
    {
        using var files = new TempFiles();

        var error = await Should.ThrowAsync<GateInputException>(() => fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = GateTestData.Get("checkov.sarif"), ExceptionsPath = files.Write("exceptions.json", content),
        }));

        error.Message.ShouldContain(message);
    }
}
