using System.Net;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Pages.Ai;

/// <summary>The real dashboard process serves the Ask and AI review pages with the module's default configuration.</summary>
public class AiPagesHostTests
{
    [Fact]
    public async Task Dashboard_ServesAskAndReviewPagesWithTheRuleEngineByDefault()
    {
        await using var host = await WebHostProcess.StartAsync();
        using var client = await host.CreateClientAsync();

        using var ask = await client.GetAsync("/ask");
        using var review = await client.GetAsync("/ai/review");

        ask.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ask.Content.ReadAsStringAsync()).ShouldContain("rule-based (no model configured)");
        review.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Log.ShouldNotContain("OptionsValidationException");
    }
}
