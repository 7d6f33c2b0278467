using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// Per-connector limits shared by every request of that connector, whatever started it (a schedule, "sync now",
/// a webhook follow-up): at most N requests in flight and at most R requests per second (token bucket).
/// </summary>
internal sealed class ConnectorLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, Limits> _limits = new(StringComparer.Ordinal);

    public async ValueTask<IDisposable> AcquireAsync(ConnectorContext connector, CancellationToken ct)
    {
        var settings = VendorDefaults.Limits(connector);
        var limits = _limits.AddOrUpdate(
            connector.Name,
            _ => new Limits(settings),
            (_, existing) => existing.Settings == settings ? existing : new Limits(settings));
        var slot = await limits.Concurrency.AcquireAsync(1, ct).ConfigureAwait(false);
        var token = await limits.Rate.AcquireAsync(1, ct).ConfigureAwait(false);
        token.Dispose();
        return slot;
    }

    public void Dispose()
    {
        foreach (var limits in _limits.Values)
        {
            limits.Concurrency.Dispose();
            limits.Rate.Dispose();
        }
    }

    private sealed class Limits(LimitSettings settings)
    {
        public LimitSettings Settings { get; } = settings;

        public ConcurrencyLimiter Concurrency { get; } = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentRequests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        // A bucket of one second's worth of requests, refilled continuously: bursts never exceed the vendor's per-second rate.
        public TokenBucketRateLimiter Rate { get; } = new(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, (int)Math.Ceiling(settings.RequestsPerSecond)),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / settings.RequestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}

internal sealed record LimitSettings(int MaxConcurrentRequests, double RequestsPerSecond);
