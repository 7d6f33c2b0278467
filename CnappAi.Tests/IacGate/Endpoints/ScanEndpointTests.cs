using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.Endpoints;

public sealed class ScanEndpointTests : IAsyncLifetime
{
    private const string Token = "ci-token-0123456789abcdef";
    private GateTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GateTestServer.StartAsync(Token, maxRequestBytes: 512 * 1024);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_CheckovReportWithToken_ReturnsTheJsonReportAndTheVerdictHeaders()
    {
        using var client = _server.Client(Token);

        using var response = await client.PostAsync("/api/iac/scan?repository=acme/payments&branch=main", Body(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.GetValues("X-Gate-Outcome").ShouldBe(["fail"]);
        response.Headers.GetValues("X-Gate-Exit-Code").ShouldBe(["1"]);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("fail");
        json.RootElement.GetProperty("failOn").GetString().ShouldBe("P2");
        json.RootElement.GetProperty("totals").GetProperty("blocking").GetInt32().ShouldBe(4);
        json.RootElement.GetProperty("scan").GetProperty("file").GetString().ShouldBe("request body", "server paths never reach the client");
        var first = json.RootElement.GetProperty("issues")[0];
        first.GetProperty("ruleId").GetString().ShouldBe("CKV_AWS_17");
        first.GetProperty("priority").GetString().ShouldBe("P1");
        first.GetProperty("severity").GetString().ShouldBe("critical");
        first.GetProperty("status").GetString().ShouldBe("new");
        first.GetProperty("control").GetProperty("id").GetString().ShouldBe("database.public-access");
        first.GetProperty("fix").GetProperty("snippet").GetString()!.ShouldContain("publicly_accessible     = false");
    }

    [Fact]
    public async Task Post_MarkdownRequested_ReturnsThePullRequestComment()
    {
        using var client = _server.Client(Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/iac/scan?failOn=P1") { Content = Body(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("## ❌ IaC security gate failed: 1 new issue at P1 or above");
    }

    [Fact]
    public async Task Post_MultipartWithBaseline_ComparesAgainstIt()
    {
        using var client = _server.Client(Token);
        using var files = new TempFiles();
        using var form = new MultipartFormDataContent
        {
            { Body(ScanEdits.MoveCheckovChecks(files, FixtureFiles.Get(IacGateFacadeTests.MultiCheck), 5)), "scan", "checkov.json" },
            { Body(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)), "baseline", "main.json" },
        };

        using var response = await client.PostAsync("/api/iac/scan?format=json", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Gate-Outcome").ShouldBe(["pass"]);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("totals").GetProperty("existing").GetInt32().ShouldBe(13);
        json.RootElement.GetProperty("scan").GetProperty("file").GetString().ShouldBe("checkov.json");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token-0123456789abcdef")]
    [InlineData("ci-token-0123456789abcde")]
    public async Task Post_WithoutTheRightToken_Is401AndReadsNothing(string? token)
    {
        using var client = _server.Client(token);

        using var response = await client.PostAsync("/api/iac/scan", Body(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("CKV_");
    }

    [Fact]
    public async Task Post_BasicAuthWithTheTokenAsPassword_Is401()
    {
        using var client = _server.Client(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"ci:{Token}")));

        using var response = await client.PostAsync("/api/iac/scan", new StringContent("{}"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_Is413WhetherOrNotTheLengthIsDeclared()
    {
        using var client = _server.Client(Token);
        var big = new byte[600 * 1024];

        using var declared = await client.PostAsync("/api/iac/scan", new ByteArrayContent(big));
        using var chunked = await client.PostAsync("/api/iac/scan", new StreamContent(new TrickleStream(new MemoryStream(big), 64 * 1024)));

        declared.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        chunked.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await chunked.Content.ReadAsStringAsync()).ShouldContain("524288 bytes");
    }

    [Fact]
    public async Task Post_MalformedSarif_Is400WithTheReason()
    {
        using var client = _server.Client(Token);

        using var response = await client.PostAsync("/api/iac/scan", Body(GateTestData.Get("truncated.sarif")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("malformed SARIF log");
        problem.RootElement.GetProperty("detail").GetString()!.ShouldNotContain(Path.GetTempPath());
    }

    [Theory]
    [InlineData("failOn=P9")]
    [InlineData("format=xml")]
    [InlineData("strict=maybe")]
    public async Task Post_BadQuery_Is400(string query)
    {
        using var client = _server.Client(Token);

        using var response = await client.PostAsync($"/api/iac/scan?{query}", Body(FixtureFiles.Get(IacGateFacadeTests.MultiCheck)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static StreamContent Body(string path)
    {
        var content = new StreamContent(File.OpenRead(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
