using System.Net;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web;

public class DashboardHostTests
{
    [Fact]
    public async Task Start_FreshDatabase_ServesTheDashboardAndItsAssets()
    {
        await using var host = await WebHostProcess.StartAsync();
        using var client = await host.CreateClientAsync();

        var home = await client.GetStringAsync("/");
        using var css = await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css");
        using var findings = await client.GetAsync("/findings");

        home.ShouldContain("Overview");
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        findings.StatusCode.ShouldBe(HttpStatusCode.OK);
        File.Exists(Path.Combine(host.Directory, "cnappai.db")).ShouldBeTrue("the first start creates the database and applies migrations");
    }
}
