using AngleSharp.Dom;
using Bunit;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Findings;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static CnappAi.Tests.Web.Pages.Findings.FindingViews;

namespace CnappAi.Tests.Web.Pages.Findings;

public class FindingsListTests : BunitTestBase
{
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();
    private readonly ITriageFacade _triage = Substitute.For<ITriageFacade>();
    private readonly IRiskFacade _risk = Substitute.For<IRiskFacade>();

    public FindingsListTests()
    {
        var ingestion = Substitute.For<IIngestionFacade>();
        ingestion.KnownSources.Returns(["wiz", "prisma"]);
        var actors = Substitute.For<IActorAccessor>();
        actors.Current.Returns(Actor.User("alice", "Alice", [Roles.Analyst]));
        _triage.GetAssignmentsAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<string, FindingAssignment> { ["cluster-a"] = new("cluster-a", "payments-oncall", "alice", DateTimeOffset.UnixEpoch) });
        _triage.GetSavedViewsAsync(Arg.Any<CancellationToken>()).Returns([new SavedView(Guid.NewGuid(), "Critical", "?severity=critical", DateTimeOffset.UnixEpoch)]);
        Services.AddSingleton(_findings);
        Services.AddSingleton(_triage);
        Services.AddSingleton(_risk);
        Services.AddSingleton(ingestion);
        Services.AddSingleton(actors);
        Services.AddSingleton(Substitute.For<CnappAi.Modules.Remediation.IRemediationFacade>());
        Services.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Render_AsksForTheFirstUnifiedPageAndShowsItsRowsAsText()
    {
        Returns(View("a", "<b>Public bucket</b>"), View("b", "Open SSH"));

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.ShouldBe(2));
        page.Markup.ShouldContain("&lt;b&gt;Public bucket&lt;/b&gt;");
        page.Markup.ShouldContain("payments-oncall");
        page.Find("a[href='findings/a']").TextContent.ShouldBe("<b>Public bucket</b>");
        _findings.Received().QueryAsync(Arg.Is<FindingQuery>(q => q.Skip == 0 && q.Take == 50 && q.UnifiedOnly), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Render_NoMatches_SaysSo()
    {
        Returns();

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No findings match."));
    }

    [Fact]
    public void Render_StoreFails_ShowsTheError()
    {
        _findings.QueryAsync(Arg.Any<FindingQuery>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => page.Find("[data-testid=findings-error]").TextContent.ShouldContain("database is locked"));
    }

    [Fact]
    public void Render_FiltersFromTheAddress_AreQueriedAndExported()
    {
        Returns(View("a", "Public bucket"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("findings?severity=critical&cloud=aws&text=bucket");

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => _findings.Received().QueryAsync(
            Arg.Is<FindingQuery>(q => q.Severities.SequenceEqual(new[] { Severity.Critical }) && q.Providers.Contains(CloudProvider.Aws) && q.Text == "bucket"),
            Arg.Any<CancellationToken>()));
        page.Find("[data-testid=export-csv]").GetAttribute("href").ShouldBe("api/findings/export?cloud=aws&severity=critical&text=bucket&format=csv");
    }

    [Fact]
    public void SaveView_StoresTheCurrentFiltersUnderTheName()
    {
        Returns(View("a", "Public bucket"));
        var page = Render<FindingsList>();

        InputOf(page, "view-name").Change("Mine");
        page.Find("[data-testid=save-view]").Click();

        page.WaitForAssertion(() => _triage.Received().SaveViewAsync(new SaveViewRequest("Mine", "?unified=true"), Arg.Any<CancellationToken>()));
    }

    [Fact]
    public void BulkAssignAndSuppress_ActOnTheSelectedUnifiedFindings()
    {
        Returns(View("a", "Public bucket"), View("b", "Open SSH"));
        _risk.CreateExceptionAsync(Arg.Any<CreateExceptionRequest>(), Arg.Any<CancellationToken>()).Returns(default(RiskExceptionView)!);
        var page = Render<FindingsList>();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.ShouldBe(2));

        page.FindAll("tbody input[type=checkbox]")[0].Change(true);
        InputOf(page, "assignee").Change("payments-oncall");
        page.Find("[data-testid=assign]").Click();

        page.WaitForAssertion(() => _triage.Received().AssignAsync(
            Arg.Is<AssignRequest>(r => r.ClusterIds.SequenceEqual(new[] { "cluster-a" }) && r.Assignee == "payments-oncall"), Arg.Any<CancellationToken>()));

        page.FindAll("tbody input[type=checkbox]")[1].Change(true);
        InputOf(page, "suppress-owner").Change("Alice");
        InputOf(page, "suppress-reason").Change("compensating control");
        page.Find("[data-testid=suppress]").Click();

        page.WaitForAssertion(() => _risk.Received().CreateExceptionAsync(
            Arg.Is<CreateExceptionRequest>(r => r.ClusterId == "cluster-b" && r.Kind == ExceptionKind.Acceptance && r.Reason == "compensating control"
                && r.CreatedBy == "alice" && r.ExpiresAt == new DateTimeOffset(2026, 8, 31, 0, 0, 0, TimeSpan.Zero)),
            Arg.Any<CancellationToken>()));
    }

    internal static IElement InputOf<T>(IRenderedComponent<T> page, string testId)
        where T : IComponent
    {
        var marked = page.Find($"[data-testid={testId}]");
        return marked.TagName == "INPUT" ? marked : marked.QuerySelector("input")!;
    }

    private void Returns(params FindingView[] items) =>
        _findings.QueryAsync(Arg.Any<FindingQuery>(), Arg.Any<CancellationToken>()).Returns(new FindingPage(items, items.Length));
}
