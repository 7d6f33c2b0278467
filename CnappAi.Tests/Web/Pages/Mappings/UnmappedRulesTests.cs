using Bunit;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Mappings;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Mappings;

public class UnmappedRulesTests : BunitTestBase
{
    private readonly ICorrelationFacade _correlation = Substitute.For<ICorrelationFacade>();

    public UnmappedRulesTests()
    {
        var actors = Substitute.For<IActorAccessor>();
        actors.Current.Returns(Actor.User("alice", "Alice", [Roles.Analyst]));
        Services.AddSingleton(_correlation);
        Services.AddSingleton(actors);
    }

    [Fact]
    public void Render_ListsRulesWithSuggestions_AndConfirmingOneMapsIt()
    {
        _correlation.GetUnmappedRulesAsync(Arg.Any<CancellationToken>()).Returns(
        [
            new UnmappedRule("orca", "orca-s3-open", "<b>Bucket readable</b>", FindingCategory.DataExposure, 42, DateTimeOffset.UnixEpoch,
                [new ControlSuggestion("storage.public-access", "No public buckets", 0.82, "S3 bucket public")]),
        ]);

        var page = Render<UnmappedRules>();

        page.Markup.ShouldContain("&lt;b&gt;Bucket readable&lt;/b&gt;");
        page.Markup.ShouldContain("42×");
        page.Find("[data-testid='confirm-orca-s3-open-storage.public-access']").Click();

        page.WaitForAssertion(() => _correlation.Received().ConfirmMappingAsync(
            new ConfirmMappingRequest("orca", "orca-s3-open", "storage.public-access", "alice"), Arg.Any<CancellationToken>()));
    }

    [Fact]
    public void Render_NothingUnmapped_SaysSo()
    {
        _correlation.GetUnmappedRulesAsync(Arg.Any<CancellationToken>()).Returns([]);

        Render<UnmappedRules>().Find("[data-testid=mappings-empty]").TextContent.ShouldContain("Every rule");
    }

    [Fact]
    public void Render_Failure_ShowsTheError()
    {
        _correlation.GetUnmappedRulesAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        Render<UnmappedRules>().Find("[data-testid=mappings-error]").TextContent.ShouldContain("database is locked");
    }
}
