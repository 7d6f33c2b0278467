using System.Net;

namespace CnappAi.Tests.IacGate.Endpoints;

public class ScanEndpointWithoutTokenTests
{
    [Fact]
    public async Task Post_NoTokenConfigured_RefusesEveryRequest()
    {
        await using var server = await GateTestServer.StartAsync(token: null);
        using var anonymous = server.Client(null);
        using var guessing = server.Client("anything-at-all-1234");

        using var first = await anonymous.PostAsync("/api/iac/scan", new StringContent("{}"));
        using var second = await guessing.PostAsync("/api/iac/scan", new StringContent("{}"));

        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await second.Content.ReadAsStringAsync()).ShouldContain("CNAPPAI_GATE__TOKEN");
    }
}
