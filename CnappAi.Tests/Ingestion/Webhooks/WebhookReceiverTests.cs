using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Ingestion.Webhooks;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Ingestion.Webhooks;

/// <summary><c>POST /api/webhooks/{source}</c> over real HTTP: authentication, replay window, de-duplication, size limit, store-then-queue.</summary>
public sealed class WebhookReceiverTests : IAsyncLifetime
{
    private const string Secret = "hook-S3cret-6d1e2f";
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["Ingestion:Connectors:WebhookMaxBodyBytes"] = "4096" });
        await AddAsync("wiz", WebhookAuthMode.Bearer);
        await AddAsync("wiz-signed", WebhookAuthMode.Hmac);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidBearer_StoresTheBodyAndQueuesOneJob()
    {
        using var response = await PostAsync("wiz", WizBody("issue-1"), bearer: Secret, delivery: "d-1");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var stored = (await DeliveriesAsync()).ShouldHaveSingleItem();
        stored.Connector.ShouldBe("wiz");
        stored.DeliveryId.ShouldBe("d-1");
        stored.Body.ShouldBe(WizBody("issue-1"));
        stored.Status.ShouldBe(WebhookDelivery.Received);
        _host.Get<JobStorage>().GetMonitoringApi().EnqueuedCount("default").ShouldBe(1);
    }

    [Fact]
    public async Task Post_WrongOrMissingToken_Is401AndStoresNothing()
    {
        using var wrong = await PostAsync("wiz", WizBody("issue-1"), bearer: Secret + "x");
        using var missing = await PostAsync("wiz", WizBody("issue-1"));

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        missing.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await DeliveriesAsync()).ShouldBeEmpty();
        _host.Logs.Text.ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Post_ValidHmacSignature_IsAccepted()
    {
        var timestamp = Now().ToString(CultureInfo.InvariantCulture);
        var body = WizBody("issue-2");

        using var response = await PostAsync("wiz-signed", body, timestamp: timestamp, signature: WebhookAuthenticator.Sign(Secret, timestamp, Encoding.UTF8.GetBytes(body)));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await DeliveriesAsync()).ShouldHaveSingleItem().Connector.ShouldBe("wiz-signed");
    }

    [Fact]
    public async Task Post_BadSignature_Is401()
    {
        var timestamp = Now().ToString(CultureInfo.InvariantCulture);
        var signature = WebhookAuthenticator.Sign(Secret, timestamp, Encoding.UTF8.GetBytes(WizBody("issue-2")));

        using var tampered = await PostAsync("wiz-signed", WizBody("issue-3"), timestamp: timestamp, signature: signature);
        using var wrongKey = await PostAsync("wiz-signed", WizBody("issue-2"), timestamp: timestamp, signature: WebhookAuthenticator.Sign("other", timestamp, Encoding.UTF8.GetBytes(WizBody("issue-2"))));
        using var garbage = await PostAsync("wiz-signed", WizBody("issue-2"), timestamp: timestamp, signature: "sha256=zz");

        tampered.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        garbage.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await tampered.Content.ReadAsStringAsync()).ShouldContain("bad signature");
        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_StaleTimestamp_Is401EvenWhenCorrectlySigned()
    {
        var old = (Now() - 600).ToString(CultureInfo.InvariantCulture);
        var body = WizBody("issue-4");

        using var signed = await PostAsync("wiz-signed", body, timestamp: old, signature: WebhookAuthenticator.Sign(Secret, old, Encoding.UTF8.GetBytes(body)));
        using var bearer = await PostAsync("wiz", body, bearer: Secret, timestamp: old);
        using var future = await PostAsync("wiz", body, bearer: Secret, timestamp: (Now() + 600).ToString(CultureInfo.InvariantCulture));

        signed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        bearer.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        future.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await signed.Content.ReadAsStringAsync()).ShouldContain("stale");
        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReplayedDelivery_IsAcknowledgedButNotStoredOrQueuedAgain()
    {
        using var first = await PostAsync("wiz", WizBody("issue-5"), bearer: Secret, delivery: "same-id");
        using var replay = await PostAsync("wiz", WizBody("issue-5"), bearer: Secret, delivery: "same-id");
        using var noIdFirst = await PostAsync("wiz", WizBody("issue-6"), bearer: Secret);
        using var noIdReplay = await PostAsync("wiz", WizBody("issue-6"), bearer: Secret);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("duplicate");
        noIdReplay.StatusCode.ShouldBe(HttpStatusCode.OK, "without a delivery id the body's hash identifies the delivery");
        (await DeliveriesAsync()).Count.ShouldBe(2);
        _host.Get<JobStorage>().GetMonitoringApi().EnqueuedCount("default").ShouldBe(2);
    }

    [Fact]
    public async Task Post_OversizedBody_Is413WhetherDeclaredOrStreamed()
    {
        var big = "{\"issue\":{\"id\":\"" + new string('x', 5000) + "\"}}";

        using var declared = await PostAsync("wiz", big, bearer: Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/wiz") { Content = new ChunkedContent(big) };
        request.Headers.Authorization = new("Bearer", Secret);
        using var chunked = await _host.Client.SendAsync(request);

        declared.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        chunked.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_UnknownDisabledOrSecretlessConnector_Is404()
    {
        await _host.AddConnectorAsync("no-hook", ConnectorVendor.Wiz, new Uri("http://127.0.0.1:9/graphql"), "id", "secret");
        await AddAsync("off", WebhookAuthMode.Bearer);
        await _host.Ingestion.SetConnectorEnabledAsync("off", false, CancellationToken.None);

        using var unknown = await PostAsync("nope", WizBody("issue-1"), bearer: Secret);
        using var secretless = await PostAsync("no-hook", WizBody("issue-1"), bearer: Secret);
        using var disabled = await PostAsync("off", WizBody("issue-1"), bearer: Secret);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        secretless.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        disabled.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string WizBody(string issueId) => new JsonObject
    {
        ["trigger"] = new JsonObject { ["source"] = "ISSUE", ["type"] = "Created", ["ruleName"] = "Manual" },
        ["issue"] = new JsonObject { ["id"] = issueId, ["status"] = "OPEN", ["severity"] = "HIGH", ["projects"] = "Payments, " },
    }.ToJsonString();

    private Task<ConnectorView> AddAsync(string name, WebhookAuthMode mode) =>
        _host.AddConnectorAsync(name, ConnectorVendor.Wiz, new Uri("http://127.0.0.1:9/graphql"), "id", "secret", new ConnectorOptions { WebhookAuth = mode }, Secret);

    private async Task<HttpResponseMessage> PostAsync(string connector, string body, string? bearer = null, string? delivery = null, string? timestamp = null, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/webhooks/{connector}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        AddHeader(request, WebhookHeaders.Delivery, delivery);
        AddHeader(request, WebhookHeaders.Timestamp, timestamp);
        AddHeader(request, WebhookHeaders.Signature, signature);
        return await _host.Client.SendAsync(request);
    }

    private static void AddHeader(HttpRequestMessage request, string name, string? value)
    {
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AsNoTracking().ToListAsync();
    }

    /// <summary>Content without a length, so the body arrives chunked and only reading it shows its size.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
