using System.Net;
using System.Net.Http.Headers;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.Endpoints;

public class GateEndpointHostTests
{
    [Fact]
    public async Task Post_ToTheRealDashboardProcess_UsesTheTokenFromTheEnvironment()
    {
        const string token = "env-token-0123456789abcdef";
        await using var host = await WebHostProcess.StartAsync(new Dictionary<string, string> { ["CNAPPAI_GATE__TOKEN"] = token });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new StreamContent(File.OpenRead(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)));

        using var anonymous = await client.PostAsync("/api/iac/scan", new StringContent("{}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsync("/api/iac/scan?format=markdown&repository=acme/app&branch=main", content);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Gate-Outcome").ShouldBe(["fail"]);
        (await response.Content.ReadAsStringAsync()).ShouldContain("CKV_AWS_17");
        host.Log.ShouldNotContain(token);
    }
}
