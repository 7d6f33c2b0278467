using Bunit;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Audit;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Audit;

public class AuditLogTests : BunitTestBase
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
    private readonly IAuditFacade _audit = Substitute.For<IAuditFacade>();

    public AuditLogTests() => Services.AddSingleton(_audit);

    [Fact]
    public void Records_AreListed_WithTheirFindingsLinked_AndDetailsAsText()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage(
            [Entry(2, "plan.approved", "<script>alert(1)</script>", ["f-1"]), Entry(1, "plan.requested", "{}", ["f-1", "f-2"])], 2));

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("plan.approved"));
        page.Markup.ShouldContain("plan.requested");
        page.FindAll("a[href='findings/f-2']").Count.ShouldBe(1);
        page.Markup.ShouldNotContain("<script>alert(1)</script>");
    }

    [Fact]
    public void NoRecords_SaysSo()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage([], 0));

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No audit records match."));
    }

    [Fact]
    public void AFailingStore_ShowsTheError()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => page.Find("[data-testid=audit-error]").TextContent.ShouldContain("database is locked"));
    }

    [Fact]
    public void VerifyChain_ShowsABrokenChainAndWhere()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage([], 0));
        _audit.VerifyAsync(Arg.Any<CancellationToken>()).Returns(new AuditVerification(false, 6, 7, "record 7 was changed after it was written", "abc", At));

        var page = Render<AuditLog>();
        page.Find("[data-testid=verify-chain]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=chain-status]").TextContent.ShouldContain("Chain broken at record 7"));
        page.Find("[data-testid=chain-problem]").TextContent.ShouldContain("record 7 was changed");
    }

    [Fact]
    public void VerifyChain_ShowsAnIntactChain()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage([], 0));
        _audit.VerifyAsync(Arg.Any<CancellationToken>()).Returns(new AuditVerification(true, 1234, null, null, "abc", At));

        var page = Render<AuditLog>();
        page.Find("[data-testid=verify-chain]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=chain-status]").TextContent.ShouldContain("Chain intact · 1,234 records"));
    }

    [Fact]
    public void AFindingInTheQueryString_FiltersTheLog()
    {
        _audit.QueryAsync(Arg.Any<AuditQuery>(), Arg.Any<CancellationToken>()).Returns(new AuditPage([], 0));
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("audit?finding=f-9");

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => _audit.Received().QueryAsync(Arg.Is<AuditQuery>(q => q.FindingId == "f-9"), Arg.Any<CancellationToken>()));
    }

    private static AuditEntryView Entry(long sequence, string action, string details, IReadOnlyList<string> findings) =>
        new(sequence, At, action, "u-1", "ana", "User", "plan", "p-1", "success", findings, details, new string('0', 64), new string('a', 64));
}
