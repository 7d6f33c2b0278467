using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Ingestion.Webhooks;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Security.Load;

/// <summary>
/// Concurrent webhook deliveries (some retried with the same delivery id) over real HTTP, a bounded number per sender, while
/// dashboard-style reads run and two workers process what arrived (some deliveries twice): every accepted delivery is
/// stored exactly once and becomes exactly one finding; nothing answers 5xx and no writer sees "database is locked".
/// </summary>
public sealed class WebhookLoadTests : IAsyncLifetime
{
    private const string Secret = "load-S3cret-90ab";
    private const int Senders = 6;
    private const int DeliveriesPerSender = 15;
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ConnectorTestHost.StartAsync();
        await _host.AddConnectorAsync("orca", ConnectorVendor.Orca, new Uri("http://127.0.0.1:9/"), null, "token", new ConnectorOptions(), Secret);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConcurrentDeliveries_AreEachStoredOnce_AndImportedOnce()
    {
        var accepted = new ConcurrentDictionary<string, byte>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();

        // A fixed amount of work rather than a fixed time, so a slow machine tests the same thing as a fast one.
        var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
        {
            for (var n = 0; n < DeliveriesPerSender; n++)
            {
                var alert = $"orca-{s}-{n}";
                var status = await DeliverAsync(alert, delivery: $"d-{s}-{n}");
                Record(alert, status, accepted, failures);

                // Every fifth delivery is retried by the sender, as vendors do after a timeout: it must not count twice.
                if (n % 5 == 0)
                {
                    var retry = await DeliverAsync(alert, delivery: $"d-{s}-{n}");
                    if (retry >= HttpStatusCode.InternalServerError)
                    {
                        failures.Enqueue($"{alert} retry: {retry}");
                    }
                }
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var viewer = _host.Get<IActorAccessor>().Use(Actor.System);
            while (!stop.IsCancellationRequested)
            {
                await _host.Findings.QueryAsync(new FindingQuery { Sources = ["orca"], Take = 50 }, CancellationToken.None);
                await _host.Findings.GetTotalsAsync(CancellationToken.None);
            }
        }));
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => ProcessUntilAsync(stop.Token)));
        await Task.WhenAll(senders);
        await stop.CancelAsync();
        await Task.WhenAll([.. readers, .. workers]);
        await DrainAsync();

        failures.ShouldBeEmpty();
        accepted.Count.ShouldBe(Senders * DeliveriesPerSender);
        var deliveries = await DeliveriesAsync();
        deliveries.Count.ShouldBe(accepted.Count);
        deliveries.ShouldAllBe(d => d.Status == WebhookDelivery.Processed);
        using var system = _host.Get<IActorAccessor>().Use(Actor.System);
        var stored = new List<string>();
        await foreach (var f in _host.Findings.ExportAsync(new FindingQuery { Sources = ["orca"] }, CancellationToken.None))
        {
            stored.Add(f.SourceFindingId);
        }

        stored.Count.ShouldBe(accepted.Count);
        stored.ToHashSet().SetEquals(accepted.Keys).ShouldBeTrue();
    }

    private static void Record(string alert, HttpStatusCode status, ConcurrentDictionary<string, byte> accepted, ConcurrentQueue<string> failures)
    {
        if (status == HttpStatusCode.Accepted)
        {
            accepted.TryAdd(alert, 0);
        }
        else
        {
            failures.Enqueue($"{alert}: {status}");
        }
    }

    private async Task<HttpStatusCode> DeliverAsync(string alertId, string delivery)
    {
        var body = new JsonObject { ["data"] = new JsonArray(VendorRecords.OrcaAlert(alertId, VendorRecords.Epoch)), ["status"] = "success" }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/orca") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", Secret);
        request.Headers.TryAddWithoutValidation(WebhookHeaders.Delivery, delivery);
        using var response = await _host.Client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A worker: processes what is waiting until told to stop; re-runs some deliveries, as a retried job would.</summary>
    private async Task ProcessUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (await ProcessWaitingAsync() == 0)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private async Task DrainAsync()
    {
        while (await ProcessWaitingAsync() > 0)
        {
        }
    }

    private async Task<int> ProcessWaitingAsync()
    {
        using var system = _host.Get<IActorAccessor>().Use(Actor.System);
        var job = _host.Get<ProcessWebhookJob>();
        var waiting = (await DeliveriesAsync()).Where(d => d.Status == WebhookDelivery.Received).Select(d => d.Id).ToList();
        foreach (var id in waiting)
        {
            await job.RunAsync(id, CancellationToken.None);
            if (id % 7 == 0)
            {
                await job.RunAsync(id, CancellationToken.None);
            }
        }

        return waiting.Count;
    }

    private async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AsNoTracking().ToListAsync();
    }
}
