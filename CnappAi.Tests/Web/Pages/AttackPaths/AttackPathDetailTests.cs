using Bunit;
using CnappAi.Modules.AttackPaths;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.AttackPaths;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.AttackPaths;

public class AttackPathDetailTests : BunitTestBase
{
    private readonly IAttackPathsFacade _paths = Substitute.For<IAttackPathsFacade>();

    public AttackPathDetailTests() => Services.AddSingleton(_paths);

    [Fact]
    public void Render_Path_DrawsTheGraphAndEveryHopWithEvidenceLinksAsText()
    {
        _paths.GetPathAsync("ap-1", Arg.Any<CancellationToken>()).Returns(AttackPathSamples.Path(title: "<script>alert(1)</script> CVE"));

        var page = Render<AttackPathDetail>(p => p.Add(x => x.Id, "ap-1"));

        page.FindAll("[data-testid=graph-node]").Count.ShouldBe(4);
        page.FindAll("[data-testid=graph-edge]").Count.ShouldBe(3);
        page.FindAll("[data-testid=hop]").Count.ShouldBe(3);
        page.FindAll("a[href='/findings/f-cve']").Count.ShouldBe(1);
        page.Find("[data-testid=cut]").TextContent.ShouldContain("HoldsCredentialsFor");
        page.Markup.ShouldContain("&lt;script&gt;");
        page.FindAll("script").ShouldBeEmpty();
        page.Markup.ShouldContain("No finding enables this hop");
    }

    [Fact]
    public void ClickOnAGraphEdge_SelectsThatHop()
    {
        _paths.GetPathAsync("ap-1", Arg.Any<CancellationToken>()).Returns(AttackPathSamples.Path());
        var page = Render<AttackPathDetail>(p => p.Add(x => x.Id, "ap-1"));

        page.FindAll("[data-testid=graph-edge]")[2].Click();

        page.FindAll("[data-testid=hop]")[2].ClassList.ShouldContain("mud-border-error");
        page.FindAll("[data-testid=hop]")[0].ClassList.ShouldNotContain("mud-border-error");
    }

    [Fact]
    public void Render_UnknownId_SaysNotFound()
    {
        var page = Render<AttackPathDetail>(p => p.Add(x => x.Id, "ap-gone"));

        page.Find("[data-testid=not-found]").TextContent.ShouldContain("ap-gone");
    }

    [Fact]
    public void Render_FacadeFails_ShowsTheError()
    {
        _paths.GetPathAsync("ap-1", Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("boom"));

        var page = Render<AttackPathDetail>(p => p.Add(x => x.Id, "ap-1"));

        page.Find("[data-testid=error]").TextContent.ShouldContain("boom");
    }
}
