using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Ingestion.Connectors;

/// <summary>
/// Module-wide connector behaviour (section <c>Ingestion:Connectors</c>). Per-connector knobs (page size, rate,
/// overlap) live with each connector; these are the HTTP resilience and webhook limits every connector shares.
/// </summary>
internal sealed class ConnectorsOptions
{
    public const string SectionName = "Ingestion:Connectors";

    /// <summary>Retries after the first attempt for 408, 429 and 5xx answers and network failures.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter. A Retry-After header overrides it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One attempt; Wiz answers large queries slowly, so this is generous.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One request including all its retries and waits.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "02:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A whole sync run; also how long a crashed run's lease blocks the next one.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "24:00:00")]
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromHours(2);

    [Range(1, 100_000)]
    public int DefaultMaxPages { get; set; } = 1000;

    [Range(0, 10_080)]
    public int DefaultOverlapMinutes { get; set; } = 15;

    [Range(1024, 64 * 1024 * 1024)]
    public int WebhookMaxBodyBytes { get; set; } = 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan WebhookReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many record ids one id-only webhook may make us fetch.</summary>
    [Range(1, 1000)]
    public int WebhookMaxFetches { get; set; } = 100;
}
