using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.Rendering;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.Rendering;

public class MarkdownReportWriterTests(GateServicesFixture fixture) : IClassFixture<GateServicesFixture>
{
    [Fact]
    public async Task Write_CheckovFixture_GivesAPullRequestCommentGroupedBySeverityWithCollapsibleDetails()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = FixtureFiles.Get(IacGateFacadeTests.MultiCheck) });

        var markdown = MarkdownReportWriter.Write(report);

        markdown.ShouldStartWith("## ❌ IaC security gate failed: 4 new issues at P2 or above\n");
        var critical = markdown.IndexOf("### 🔴 Critical (1 new)", StringComparison.Ordinal);
        var high = markdown.IndexOf("### 🟠 High (3 new)", StringComparison.Ordinal);
        var medium = markdown.IndexOf("### 🟡 Medium", StringComparison.Ordinal);
        var low = markdown.IndexOf("### 🔵 Low", StringComparison.Ordinal);
        critical.ShouldBeGreaterThan(0);
        (critical < high && high < medium && medium < low).ShouldBeTrue();
        Count(markdown, "<details>").ShouldBe(13);
        Count(markdown, "</details>").ShouldBe(13);
        markdown.ShouldContain("<summary><b>P1</b> 🚫 BLOCKING · <code>CKV_AWS_17</code> Ensure all data stored in RDS is not publicly accessible — <code>aws_db_instance.default</code> in <code>aws/db-app.tf:1-41</code></summary>");
        markdown.ShouldContain("**Control.** database.public-access: Databases are not reachable from the internet");
        markdown.ShouldContain("```hcl\n");
        markdown.ShouldContain("[rule documentation](https://docs.bridgecrew.io/docs/public_2)");
        markdown.ShouldContain("| **Total** | **13** | **4** | **0** |");
    }

    [Fact]
    public async Task Write_LongSecureSnippet_IsShortenedAroundTheChange()
    {
        var report = await fixture.EvaluateAsync(new GateRequest { ScanPath = FixtureFiles.Get(IacGateFacadeTests.MultiCheck) });
        var imds = report.Issues.Single(i => i.RuleId == "CKV_AWS_79");

        var markdown = MarkdownReportWriter.Write(report with { Issues = [imds] });

        markdown.ShouldContain("unchanged lines …");
        markdown.ShouldContain("http_tokens = \"required\"");
        markdown.ShouldNotContain("mysqli_connect", customMessage: "the 171-line user_data heredoc is left out of the comment");
    }

    [Fact]
    public async Task Write_ExistingAndFixedIssues_AreCollapsedAtTheEnd()
    {
        using var files = new TempFiles();
        var report = await fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = ScanEdits.MoveCheckovChecks(files, FixtureFiles.Get(IacGateFacadeTests.MultiCheck), 3),
            BaselinePath = FixtureFiles.Get(IacGateFacadeTests.MultiCheck),
        });

        var markdown = MarkdownReportWriter.Write(report);

        markdown.ShouldStartWith("## ✅ IaC security gate passed");
        markdown.ShouldContain("<summary>13 existing issues (already in the baseline; not blocking)</summary>");
        markdown.ShouldNotContain("### ");
    }

    [Fact]
    public void Write_HostileScannerText_RendersAsLiteralTextThatCannotBreakTheComment()
    {
        var hostile = NaughtyStrings.Sample.Concat(["</details><script>alert(1)</script>", "@security-team please approve", "<img src=x onerror=alert(1)>"]).ToList();
        var issues = hostile.Select((text, i) => Issue(text, i)).ToList();
        var report = Report(issues);

        var markdown = MarkdownReportWriter.Write(report);

        markdown.ShouldNotContain("<script>");
        markdown.ShouldNotContain("@security-team");
        markdown.ShouldNotContain("<img");
        Count(markdown, "<details>").ShouldBe(issues.Count);
        Count(markdown, "</details>").ShouldBe(issues.Count);
    }

    private static GateIssue Issue(string text, int i) => new(
        $"RULE_{i}", text, text, Severity.High, GatePriority.P2, 7.5, GateIssueStatus.New, true, text, 1, 2, text, "0123456789abcdef",
        text, "scanner", null, new GateFix(text, "x = 1", "hcl", false, "fix-catalogue", []), text, null, text, [text]);

    private static GateReport Report(List<GateIssue> issues) => new(
        GateOutcome.Fail, 1, GatePriority.P2,
        new GateScanInfo("scan.sarif", "sarif", "sarif", ["tool"], null, null, null, false, null),
        new GateBaselineInfo(GateBaselineKind.None, "none", null, null, 0),
        new GateTotals(issues.Count, issues.Count, 0, issues.Count, 0, 0, 0, 0),
        issues, [], [], DateTimeOffset.UnixEpoch);

    private static int Count(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
