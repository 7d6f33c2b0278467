namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// The hand-written SQL of the bulk import path, kept beside <see cref="SqliteProvider"/> so a move to PostgreSQL
/// changes this file only (see docs/adr/0008-bulk-upserts-and-a-pipelined-import.md). Every statement is prepared
/// once per batch and rebound per row. <c>INSERT ... ON CONFLICT (...) DO UPDATE</c> and <c>excluded.</c> mean the
/// same on PostgreSQL; the id lookup's <c>json_each</c> becomes <c>unnest(@ids::text[])</c> there.
/// </summary>
internal static class SqliteBulkSql
{
    /// <summary>Parameter names of <see cref="UpsertFinding"/> and <see cref="UpsertFindingKeepEnrichment"/>, in binding order.</summary>
    public static readonly string[] FindingParameters =
    [
        "@Id", "@Source", "@SourceFindingId", "@Format", "@Category", "@Title", "@Description", "@Severity", "@SourceSeverity",
        "@Status", "@SourceStatus", "@Cves", "@Cvss", "@CvssVector", "@RuleId", "@Compliance", "@Package", "@PackageVersion",
        "@FixedVersion", "@ResourceUid", "@Provider", "@Account", "@Region", "@ResourceType", "@ResourceClass", "@ResourceName",
        "@FirstSeen", "@LastSeen", "@ClusterId", "@RiskScore", "@Priority", "@ContentHash", "@OriginFile", "@OriginLocation",
        "@ImportedAt", "@UpdatedAt", "@ControlId", "@MatchReason", "@RiskFactors", "@Team", "@Environment", "@SlaDue",
        "@SuppressedUntil", "@Secondary", "@ClusterSources",
    ];

    private static readonly string Columns = string.Join(", ", FindingParameters.Select(p => p[1..]));

    private static readonly string Values = string.Join(", ", FindingParameters);

    // Source, source id and first import time never change; the id is a hash of the first two.
    private static readonly string[] Immutable = ["Id", "Source", "SourceFindingId", "ImportedAt"];

    // Columns the correlate-and-score enrichment owns; a write without enrichment leaves them as stored.
    private static readonly string[] Enrichment =
        ["ControlId", "MatchReason", "RiskFactors", "Team", "Environment", "SlaDue", "SuppressedUntil", "Secondary", "ClusterSources"];

    /// <summary>Inserts a finding or overwrites every mutable column of the stored one.</summary>
    public static readonly string UpsertFinding = Upsert(FindingParameters.Select(p => p[1..]).Except(Immutable));

    /// <summary>Inserts a finding or overwrites its observation columns, keeping the stored enrichment.</summary>
    public static readonly string UpsertFindingKeepEnrichment = Upsert(FindingParameters.Select(p => p[1..]).Except(Immutable).Except(Enrichment));

    /// <summary>
    /// Run on the writing connection before a batch: a 128 MB page cache (the default is 2 MB) keeps the explorer's
    /// indexes in memory while a million rows go in, so index inserts stop re-reading pages. Memory is taken as used.
    /// </summary>
    public const string BulkSession = "PRAGMA cache_size = -131072";

    public const string UpsertRaw =
        "INSERT INTO normalization_raw_records (FindingId, Raw) VALUES (@FindingId, @Raw) " +
        "ON CONFLICT (FindingId) DO UPDATE SET Raw = excluded.Raw";

    /// <summary>What the store compares an incoming batch with: hash and last-seen time of the ids given as one JSON array.</summary>
    public const string ExistingFindings =
        "SELECT Id, ContentHash, LastSeen FROM normalization_findings WHERE Id IN (SELECT value FROM json_each(@Ids))";

    private static string Upsert(IEnumerable<string> updated) =>
        $"INSERT INTO normalization_findings ({Columns}) VALUES ({Values}) ON CONFLICT (Id) DO UPDATE SET " +
        string.Join(", ", updated.Select(c => $"{c} = excluded.{c}"));
}
