using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Security.RemediationEndpoints;

/// <summary>
/// <c>POST /api/slack/interactions</c> on the real dashboard process, called without a session as Slack calls it:
/// a click signed with the configured secret decides the plan; a bad signature, a stale or impossible timestamp and
/// a replayed delivery are refused with 401 and leave the plan alone; no correctly signed naughty body yields a 500.
/// The signature is computed here from Slack's documented scheme, not with the product's own helper.
/// </summary>
[Collection(RemediationHostGroup.Name)]
public sealed class SlackInteractionsEndpointTests(RemediationHost host)
{
    private const string Route = "/api/slack/interactions";

    public static TheoryData<int> Naughty => [.. Enumerable.Range(0, NaughtyStrings.Sample.Count)];

    [Fact]
    public async Task SignedApproveClick_FromMappedApprover_ApprovesThePlan()
    {
        var plan = await host.RequestPlanAsync();
        var body = Click(plan.Id.ToString(), RemediationHost.BobInSlack, "approve_plan");

        using var response = await SendAsync(body, Now(), RemediationHost.SigningSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!.GetValue<string>().ShouldStartWith("Approved");
        var after = await host.GetPlanAsync(plan.Id);
        after.Status.ShouldNotBe(PlanStatus.PendingApproval);
        after.Approvals.ShouldHaveSingleItem().Comment.ShouldBe("Approved in Slack");
    }

    [Fact]
    public async Task SignedApproveClick_FromTheRequester_IsRefusedByTheFourEyesRule()
    {
        var plan = await host.RequestPlanAsync();

        using var response = await SendAsync(Click(plan.Id.ToString(), RemediationHost.AnaInSlack, "approve_plan"), Now(), RemediationHost.SigningSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "Slack shows the answer to the clicker");
        (await response.Content.ReadAsStringAsync()).ShouldContain("requester");
        (await host.GetPlanAsync(plan.Id)).Status.ShouldBe(PlanStatus.PendingApproval);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("tampered")]
    [InlineData("unsigned")]
    public async Task BadSignature_Is401_AndThePlanIsUntouched(string kind)
    {
        var plan = await host.RequestPlanAsync();
        var body = Click(plan.Id.ToString(), RemediationHost.BobInSlack, "approve_plan");
        var ts = Now();
        var signature = kind switch
        {
            "wrong-secret" => Sign("not-the-secret", ts, body),
            "tampered" => Sign(RemediationHost.SigningSecret, ts, Click(plan.Id.ToString(), "U0EVE", "approve_plan")),
            _ => null,
        };

        using var response = await SendAsync(body, ts, signature: signature);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.GetPlanAsync(plan.Id)).Approvals.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(-360)]
    [InlineData(-3600)]
    [InlineData(+360)]
    public async Task TimestampOutsideFiveMinutes_Is401EvenWhenSignedCorrectly(int offsetSeconds)
    {
        var plan = await host.RequestPlanAsync();
        var body = Click(plan.Id.ToString(), RemediationHost.BobInSlack, "approve_plan");
        var ts = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

        using var response = await SendAsync(body, ts, RemediationHost.SigningSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("five-minute window");
        (await host.GetPlanAsync(plan.Id)).Approvals.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("18446744073709551616")]
    [InlineData("-1")]
    [InlineData("1e10")]
    [InlineData("")]
    public async Task ImpossibleTimestamp_Is401_Never500(string ts)
    {
        var body = Click(Guid.NewGuid().ToString(), RemediationHost.BobInSlack, "approve_plan");

        using var response = await SendAsync(body, ts, RemediationHost.SigningSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SameSignedDeliveryTwice_SecondIsRefusedAsAReplayAndAudited()
    {
        var plan = await host.RequestPlanAsync();
        var body = Click(plan.Id.ToString(), RemediationHost.BobInSlack, "reject_plan");
        var ts = Now();
        var before = (await host.AuditAsync()).Count(IsReplayDenial);

        using var first = await SendAsync(body, ts, RemediationHost.SigningSecret);
        using var replay = await SendAsync(body, ts, RemediationHost.SigningSecret);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("Replayed");
        var after = await host.GetPlanAsync(plan.Id);
        after.Status.ShouldBe(PlanStatus.Rejected);
        after.Approvals.ShouldHaveSingleItem();
        (await host.AuditAsync()).Count(IsReplayDenial).ShouldBe(before + 1);
    }

    [Theory]
    [MemberData(nameof(Naughty))]
    public async Task NaughtyBody_SignedCorrectly_NeverAnswers500(int index)
    {
        var naughty = NaughtyStrings.Sample[index];
        byte[][] bodies =
        [
            Encoding.UTF8.GetBytes(naughty),
            Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(naughty)),
            Click(naughty, naughty, naughty),
            Click(Guid.NewGuid().ToString(), RemediationHost.BobInSlack, "approve_plan", userName: naughty),
            Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString($$"""{"user":{{naughty}},"actions":{{naughty}}}""")),
        ];

        foreach (var body in bodies)
        {
            using var response = await SendAsync(body, Now(), RemediationHost.SigningSecret);

            var answer = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest], $"{Encoding.UTF8.GetString(body)} -> {answer}");
        }
    }

    [Theory]
    [InlineData("""{"user":{"id":"U0BOB","id":"U0BOB"},"actions":[{"action_id":"approve_plan","value":"PLAN"}]}""")]
    [InlineData("""{"user":"U0BOB","actions":[{"action_id":"approve_plan","value":"PLAN"}]}""")]
    [InlineData("""{"user":{"id":42},"actions":[{"action_id":"approve_plan","value":"PLAN"}]}""")]
    [InlineData("""{"user":{"id":"U0BOB"},"actions":{"action_id":"approve_plan","value":"PLAN"}}""")]
    [InlineData("""{"user":{"id":"U0BOB"},"actions":[{"action_id":"approve_plan","value":["PLAN"]}]}""")]
    [InlineData("""{"user":{"id":"U0BOB"},"actions":[null]}""")]
    [InlineData("""{"user":{"id":"U0BOB"},"actions":["approve_plan"]}""")]
    [InlineData("""[{"user":{"id":"U0BOB"},"actions":[{"action_id":"approve_plan","value":"PLAN"}]}]""")]
    [InlineData("DEEP")]
    public async Task MalformedClick_SignedCorrectly_Is400AndDecidesNothing(string json)
    {
        var plan = await host.RequestPlanAsync();
        var payload = json == "DEEP" ? new string('[', 100_000) : json.Replace("PLAN", plan.Id.ToString(), StringComparison.Ordinal);

        using var response = await SendAsync(Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload)), Now(), RemediationHost.SigningSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await host.GetPlanAsync(plan.Id)).Approvals.ShouldBeEmpty();
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, string timestamp, string? secret = null, string? signature = null)
    {
        using var client = host.Host.CreateAnonymousClient(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        if ((secret is null ? signature : Sign(secret, timestamp, body)) is { } value)
        {
            request.Headers.TryAddWithoutValidation("X-Slack-Signature", value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Slack's v0 scheme: <c>v0=</c> + lower-case hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>.</summary>
    private static string Sign(string secret, string timestamp, byte[] body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray()));

    /// <summary>A <c>block_actions</c> button click as Slack posts it: form-encoded, the JSON in <c>payload</c>.</summary>
    private static byte[] Click(string planId, string slackUser, string actionId, string? userName = null)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = slackUser, ["username"] = userName ?? slackUser, ["name"] = userName ?? slackUser },
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "plan-actions", ["value"] = planId }),
        };
        return Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload.ToJsonString()));
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static bool IsReplayDenial(JsonNode record) =>
        record["action"]!.GetValue<string>() == "slack.interaction" && record["outcome"]!.GetValue<string>() == "denied"
        && record["details"]!["reason"]!.GetValue<string>().Contains("Replayed", StringComparison.Ordinal);
}
