using Bunit;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Assets;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Findings.Detail;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static CnappAi.Tests.Web.Pages.Findings.FindingViews;

namespace CnappAi.Tests.Web.Pages.Findings;

public class FindingDetailTests : BunitTestBase
{
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();
    private readonly IRiskFacade _risk = Substitute.For<IRiskFacade>();
    private readonly ICorrelationFacade _correlation = Substitute.For<ICorrelationFacade>();
    private readonly IAiFacade _ai = Substitute.For<IAiFacade>();
    private readonly IAttackPathsFacade _paths = Substitute.For<IAttackPathsFacade>();
    private readonly IAuditFacade _audit = Substitute.For<IAuditFacade>();

    public FindingDetailTests()
    {
        var actors = Substitute.For<IActorAccessor>();
        actors.Current.Returns(Actor.User("alice", "Alice", [Roles.Analyst]));
        Services.AddSingleton(_findings);
        Services.AddSingleton(_risk);
        Services.AddSingleton(_correlation);
        Services.AddSingleton(_ai);
        Services.AddSingleton(Substitute.For<IAssetsFacade>());
        Services.AddSingleton(actors);
        Services.AddSingleton(Substitute.For<CnappAi.Modules.Remediation.IRemediationFacade>());
        Services.AddSingleton(_paths);
        Services.AddSingleton(_audit);
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage([], 0));
        _paths.GetStoredPathsAsync(Arg.Any<PathQuery>(), Arg.Any<CancellationToken>()).Returns([]);
    }

    [Fact]
    public void Render_ShowsTheFindingRiskBreakdownAndMergedObservations()
    {
        _findings.GetAsync("a", Arg.Any<CancellationToken>()).Returns(View("a", "<script>x</script> bucket"));
        _risk.GetBreakdownAsync("cluster-a", Arg.Any<CancellationToken>()).Returns(new RiskBreakdown(
            "cluster-a", 8.1, 8.1, 2, "baseline", [new RiskFactor("sev", "Severity", "high", 6)], null, null, true, null, null, "High on a prod asset"));
        _correlation.ExplainMergeAsync("a", Arg.Any<CancellationToken>()).Returns(Merge());
        _findings.GetRawRecordAsync("b", Arg.Any<CancellationToken>()).Returns("{\"raw\":\"<img src=x>\"}");

        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "a"));

        page.WaitForAssertion(() => page.Find("[data-testid=detail-title]").TextContent.ShouldBe("<script>x</script> bucket"));
        page.Find("[data-testid=risk-summary]").TextContent.ShouldContain("High on a prod asset");
        page.Markup.ShouldContain("SLA breached");
        page.Find("[data-testid=merge-summary]").TextContent.ShouldBe("Two tools report it");
        page.Markup.ShouldContain("cve CVE-1 on resource");
    }

    [Fact]
    public void Split_SendsTheCheckedObservationsWithTheReason()
    {
        _findings.GetAsync("a", Arg.Any<CancellationToken>()).Returns(View("a", "bucket"));
        _correlation.ExplainMergeAsync("a", Arg.Any<CancellationToken>()).Returns(Merge());
        _correlation.SplitAsync(Arg.Any<SplitRequest>(), Arg.Any<CancellationToken>()).Returns(new SplitResult("cluster-new", 1));
        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "a"));
        page.WaitForElement("[data-testid=merge-summary]");

        page.Find("input[aria-label='split b'], [aria-label='split b'] input").Change(true);
        FindingsListTests.InputOf(page, "split-reason").Change("different package");
        page.Find("[data-testid=split]").Click();

        page.WaitForAssertion(() => _correlation.Received().SplitAsync(
            Arg.Is<SplitRequest>(r => r.ClusterId == "cluster-a" && r.FindingIds.SequenceEqual(new[] { "b" }) && r.Reason == "different package" && r.SplitBy == "alice"),
            Arg.Any<CancellationToken>()));
    }

    [Fact]
    public void Explain_ShowsTheAiOutputWithItsEngine()
    {
        _findings.GetAsync("a", Arg.Any<CancellationToken>()).Returns(View("a", "bucket"));
        var provenance = new AiProvenance { Engine = "rule-based", TemplateId = "t", TemplateVersion = "1", CreatedAt = DateTimeOffset.UnixEpoch };
        _ai.ExplainFindingAsync("a", Arg.Any<CancellationToken>()).Returns(new FindingExplanation("a", "bucket",
            new AiResult<TriageResult>(Guid.NewGuid(), AiFunction.Triage, "rule-based", new TriageResult(8, "payments", "Block public access", true, "r"), provenance),
            new AiResult<RiskExplanation>(Guid.NewGuid(), AiFunction.RiskExplanation, "rule-based", new RiskExplanation("<i>Anyone can read it</i>", "Leak", [], "Close it", "fix now"), provenance),
            new AiResult<FixProposal>(Guid.NewGuid(), AiFunction.FixGeneration, "rule-based", new FixProposal(null, "Set the block", [], [], []), provenance)));
        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "a"));

        page.WaitForElement("[data-testid=explain]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=ai-summary]").TextContent.ShouldBe("<i>Anyone can read it</i>"));
        page.Markup.ShouldContain("Triage (rule-based)");
    }

    [Fact]
    public void Render_ShowsTheAuditHistoryOfTheFindingAndItsUnifiedFinding()
    {
        _findings.GetAsync("a", Arg.Any<CancellationToken>()).Returns(View("a", "bucket"));
        _audit.QueryAsync(Arg.Is<AuditQuery>(q => q.FindingId == "cluster-a"), Arg.Any<CancellationToken>()).Returns(new AuditPage(
            [new AuditEntryView(7, DateTimeOffset.UnixEpoch, "finding.assigned", "alice", "Alice", "User", "finding", "cluster-a", "success", ["cluster-a"], "{}", "p", "h")], 1));

        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "a"));

        page.WaitForAssertion(() => page.Find("[data-testid=history-entry]").TextContent.ShouldContain("finding.assigned · Alice"));
        page.Find("[data-testid=no-paths]").TextContent.ShouldContain("None");
    }

    [Fact]
    public void Render_UnknownId_SaysSo()
    {
        _findings.GetAsync("zz", Arg.Any<CancellationToken>()).Returns((FindingView?)null);

        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "zz"));

        page.WaitForElement("[data-testid=detail-missing]").TextContent.ShouldContain("zz");
    }

    [Fact]
    public void Render_StoreFails_ShowsTheError()
    {
        _findings.GetAsync("a", Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<FindingDetail>(p => p.Add(x => x.Id, "a"));

        page.WaitForElement("[data-testid=detail-error]").TextContent.ShouldContain("database is locked");
    }

    private static MergeExplanation Merge() => new("cluster-a", "Two tools report it",
    [
        new MergeMember("a", "wiz", "a", "bucket", "r1", Severity.High, FindingStatus.Open, "uid", "cve CVE-1 on resource", true),
        new MergeMember("b", "prisma", "b", "bucket", "r2", Severity.High, FindingStatus.Open, "uid", "cve CVE-1 on resource", false),
    ], []);
}
