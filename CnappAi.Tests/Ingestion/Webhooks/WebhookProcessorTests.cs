using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Ingestion.Webhooks;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Ingestion.Webhooks;

/// <summary>The webhook job: id-only bodies are completed from the vendor's API, full records are imported as they are.</summary>
public sealed class WebhookProcessorTests : IAsyncLifetime
{
    private const string Secret = "hook-S3cret-0b7c";
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Run_WizIssueIdOnly_FetchesTheIssueByIdAndImportsIt()
    {
        await using var wiz = await WizServer.StartAsync();
        wiz.Issues.AddRange([VendorRecords.WizIssue("issue-1", VendorRecords.Epoch), VendorRecords.WizIssue("issue-2", VendorRecords.Epoch)]);
        await _host.AddConnectorAsync(
            "wiz", ConnectorVendor.Wiz, wiz.GraphQl, WizServer.ClientId, WizServer.ClientSecret,
            new ConnectorOptions { AuthUrl = wiz.TokenUrl.ToString(), RequestsPerSecond = 500 }, Secret);
        var id = await ReceiveAsync("wiz", "{\"trigger\":{\"type\":\"Created\"},\"issue\":{\"id\":\"issue-2\",\"status\":\"OPEN\"}}");

        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);
        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);

        wiz.Filters.ShouldHaveSingleItem()!["id"]!.GetValue<string>().ShouldBe("issue-2", "a second run of a processed delivery does nothing");
        var finding = (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"] }, CancellationToken.None)).Items.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("issue-2");
        finding.OriginFile.ShouldNotBeNull().ShouldContain(Path.Combine("raw", "wiz", "webhooks"));
        var delivery = await DeliveryAsync(id);
        delivery.Status.ShouldBe(WebhookDelivery.Processed);
        delivery.Records.ShouldBe(1);
    }

    [Fact]
    public async Task Run_PrismaAlertIds_FetchesEachAlert()
    {
        await using var prisma = await PrismaServer.StartAsync();
        prisma.Alerts.AddRange(Enumerable.Range(1, 3).Select(i => VendorRecords.PrismaAlert($"P-{i}", VendorRecords.Epoch)));
        await _host.AddConnectorAsync("prisma", ConnectorVendor.Prisma, prisma.BaseAddress, PrismaServer.AccessKey, PrismaServer.SecretKey, new ConnectorOptions { RequestsPerSecond = 500 }, Secret);
        var id = await ReceiveAsync("prisma", "[{\"alertId\":\"P-1\",\"policyName\":\"x\"},{\"alertId\":\"P-3\",\"policyName\":\"y\"}]");

        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);

        prisma.Requests.Where(r => r.Path.StartsWith("/alert/", StringComparison.Ordinal)).Select(r => r.Path).ShouldBe(["/alert/P-1", "/alert/P-3"]);
        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["prisma"] }, CancellationToken.None)).Items.Select(f => f.SourceFindingId).Order().ShouldBe(["P-1", "P-3"]);
    }

    [Fact]
    public async Task Run_LaceworkEventId_FetchesTheAlertDetails()
    {
        await using var lacework = await LaceworkServer.StartAsync();
        lacework.Alerts.Add(VendorRecords.LaceworkAlert(855628, VendorRecords.Epoch));
        await _host.AddConnectorAsync("lacework", ConnectorVendor.Lacework, lacework.BaseAddress, LaceworkServer.KeyId, LaceworkServer.Secret, new ConnectorOptions { RequestsPerSecond = 500 }, Secret);
        var id = await ReceiveAsync("lacework", "{\"event_title\":\"Unauthorized API Call\",\"event_id\":\"855628\",\"event_severity\":\"2\"}");

        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);

        lacework.Requests.ShouldContain(r => r.Path == "/api/v2/Alerts/855628" && r.Query == "?scope=Details");
        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["lacework"] }, CancellationToken.None)).Items.ShouldHaveSingleItem().SourceFindingId.ShouldBe("855628");
    }

    [Fact]
    public async Task Run_FullOrcaAlertInTheBody_IsImportedWithoutCallingTheApi()
    {
        await _host.AddConnectorAsync("orca", ConnectorVendor.Orca, new Uri("http://127.0.0.1:9/"), null, "token", new ConnectorOptions(), Secret);
        var alert = new JsonObject
        {
            ["data"] = new JsonArray(VendorRecords.OrcaAlert("orca-77", VendorRecords.Epoch)),
            ["status"] = "success",
        };
        var id = await ReceiveAsync("orca", alert.ToJsonString());

        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);

        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["orca"] }, CancellationToken.None)).Items.ShouldHaveSingleItem().SourceFindingId.ShouldBe("orca-77");
        (await DeliveryAsync(id)).Status.ShouldBe(WebhookDelivery.Processed);
    }

    [Fact]
    public async Task Run_BodyNamingNothing_FailsWithoutRetry()
    {
        await _host.AddConnectorAsync("wiz", ConnectorVendor.Wiz, new Uri("http://127.0.0.1:9/graphql"), "id", "secret", new ConnectorOptions(), Secret);
        var id = await ReceiveAsync("wiz", "{\"hello\":\"world\"}");

        await _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None);

        var delivery = await DeliveryAsync(id);
        delivery.Status.ShouldBe(WebhookDelivery.Failed);
        delivery.Error.ShouldNotBeNull().ShouldContain("names a record id");
    }

    [Fact]
    public async Task Run_VendorDown_FailsAndThrowsSoTheJobIsRetried()
    {
        await _host.AddConnectorAsync(
            "wiz", ConnectorVendor.Wiz, new Uri("http://127.0.0.1:9/graphql"), "id", "secret",
            new ConnectorOptions { AuthUrl = "http://127.0.0.1:9/oauth/token" }, Secret);
        var id = await ReceiveAsync("wiz", "{\"issue\":{\"id\":\"issue-9\"}}");

        await Should.ThrowAsync<HttpRequestException>(() => _host.Get<ProcessWebhookJob>().RunAsync(id, CancellationToken.None));

        (await DeliveryAsync(id)).Status.ShouldBe(WebhookDelivery.Failed);
    }

    private async Task<long> ReceiveAsync(string connector, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/webhooks/{connector}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", Secret);
        using var response = await _host.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["delivery"]!.GetValue<long>();
    }

    private async Task<WebhookDelivery> DeliveryAsync(long id)
    {
        await using var db = await _host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == id);
    }
}
