using Bunit;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Compliance;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using CompliancePage = CnappAi.Web.Components.Pages.Compliance.ComplianceOverview;

namespace CnappAi.Tests.Web.Pages.Compliance;

public class ComplianceOverviewTests : BunitTestBase
{
    private static readonly ComplianceFramework CisAws = new("cis-aws", "CIS AWS", "3.0.0", ["identity"]);
    private readonly IComplianceFacade _compliance = Substitute.For<IComplianceFacade>();

    public ComplianceOverviewTests()
    {
        _compliance.GetFrameworks().Returns([CisAws]);
        Services.AddSingleton(_compliance);
    }

    [Fact]
    public void Render_Posture_ShowsCountsControlsAndEvidenceDownloads()
    {
        var failing = new FrameworkControl("cis-aws", "1.5", "Root MFA", ["identity.root-mfa"]);
        var row = new EvidenceRow("cis-aws", "1.5", "Root MFA", "identity.root-mfa", "<i>Root without MFA</i>", "r1", "prowler", DateTimeOffset.UnixEpoch, ControlResult.Fail, "open", "arn:aws:iam::1:root", "f1");
        _compliance.GetPostureAsync("cis-aws", Arg.Any<CancellationToken>()).Returns(new FrameworkPosture(CisAws, DateTimeOffset.UnixEpoch, 0, 1, 1,
        [
            new ControlPosture(failing, ControlResult.Fail, 1, 0, [row]),
            new ControlPosture(new FrameworkControl("cis-aws", "1.4", "Root keys", ["identity.root-access-keys"]), ControlResult.NotAssessed, 0, 0, []),
        ]));

        var page = Render<CompliancePage>();

        page.WaitForAssertion(() => page.Find("[data-testid=summary]").TextContent.ShouldContain("1 fail"));
        page.Find("[data-testid=summary]").TextContent.ShouldContain("1 not assessed");
        page.Find("[data-testid=controls]").TextContent.ShouldContain("Root MFA");
        page.Find("[data-testid=controls]").TextContent.ShouldContain("not assessed");
        page.Find("[data-testid=evidence-csv]").GetAttribute("href").ShouldBe("/api/compliance/cis-aws/evidence.csv");
    }

    [Fact]
    public void Render_WhileEvaluating_ShowsProgress()
    {
        _compliance.GetPostureAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(new TaskCompletionSource<FrameworkPosture?>().Task);

        var page = Render<CompliancePage>();

        page.FindAll("[data-testid=compliance-loading]").ShouldHaveSingleItem();
    }

    [Fact]
    public void Render_NotAllowed_ShowsTheError()
    {
        _compliance.GetFrameworks().Throws(new AccessDeniedException(Actor.Anonymous, Roles.Viewer));

        var page = Render<CompliancePage>();

        page.Find("[data-testid=compliance-error]").TextContent.ShouldContain("Not allowed");
    }

    [Fact]
    public void Render_FrameworkWithoutControls_SaysSo()
    {
        _compliance.GetPostureAsync("cis-aws", Arg.Any<CancellationToken>()).Returns(new FrameworkPosture(CisAws, DateTimeOffset.UnixEpoch, 0, 0, 0, []));

        var page = Render<CompliancePage>();

        page.Find("[data-testid=compliance-empty]").TextContent.ShouldContain("no controls");
    }

    [Fact]
    public void Ask_ShowsTheAnswerAsTextWithTheComputedContext()
    {
        _compliance.GetPostureAsync("cis-aws", Arg.Any<CancellationToken>()).Returns(new FrameworkPosture(CisAws, DateTimeOffset.UnixEpoch, 0, 0, 0, []));
        var answer = new AiResult<QueryAnswer>(Guid.NewGuid(), AiFunction.NaturalLanguageQuery, AiEngines.RuleBased, new QueryAnswer("<b>3 buckets</b>", [], null, 3),
            new AiProvenance { Engine = AiEngines.RuleBased, TemplateId = "nl-query", TemplateVersion = "1.0", CreatedAt = DateTimeOffset.UnixEpoch });
        _compliance.AskAsync("public buckets?", "cis-aws", Arg.Any<CancellationToken>()).Returns(new ComplianceAnswer("public buckets?", "cis-aws", "CIS AWS: 0 controls pass", answer));
        var page = Render<CompliancePage>();

        page.Find("input[data-testid=question]").Change("public buckets?");
        page.Find("[data-testid=ask]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=answer]").TextContent.ShouldContain("<b>3 buckets</b>"));
        page.Find("[data-testid=answer]").TextContent.ShouldContain("CIS AWS: 0 controls pass");
        page.FindAll("[data-testid=answer] b").ShouldBeEmpty();
    }
}
