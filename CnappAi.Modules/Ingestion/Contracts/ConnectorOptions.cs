namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// A connector's tuning, stored as JSON beside it. Every value is optional: null means the vendor's default
/// (see docs/connectors.md), so a connector keeps working when a default is improved.
/// </summary>
public sealed record ConnectorOptions
{
    /// <summary>Wiz token endpoint (default <c>https://auth.app.wiz.io/oauth/token</c>).</summary>
    public string? AuthUrl { get; init; }

    /// <summary>Wiz token audience (default <c>wiz-api</c>; <c>beyond-api</c> for legacy Auth0 tenants).</summary>
    public string? Audience { get; init; }

    /// <summary>Prisma Cloud Compute console path (e.g. <c>https://us-east1.cloud.twistlock.com/us-1-111</c>); enables the Compute query.</summary>
    public string? ComputeUrl { get; init; }

    /// <summary>Lacework sub-account, sent as the <c>Account-Name</c> header.</summary>
    public string? SubAccount { get; init; }

    /// <summary>Which of the vendor's queries to run (empty: all of them).</summary>
    public IReadOnlyList<string> Queries { get; init; } = [];

    public int? PageSize { get; init; }

    /// <summary>Hard cap on pages per query and run; reaching it stops the query and is recorded as an error.</summary>
    public int? MaxPages { get; init; }

    /// <summary>How far before the high-water mark an incremental sync starts reading again.</summary>
    public int? OverlapMinutes { get; init; }

    /// <summary>How far back a full sync reads where the API needs a time window (Prisma, Lacework).</summary>
    public int? FullSyncLookbackDays { get; init; }

    public double? RequestsPerSecond { get; init; }

    public int? MaxConcurrentRequests { get; init; }

    public WebhookAuthMode WebhookAuth { get; init; } = WebhookAuthMode.Bearer;
}
