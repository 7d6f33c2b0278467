namespace CnappAi.Modules.Risk.Data;

/// <summary>
/// The last good download of a threat-intel feed (table <c>risk_threat_feeds</c>; <see cref="Name"/> is <c>kev</c> or
/// <c>epss</c>), stored gzip'd. Replaced only by a download that parses; when none exists the bundled snapshot is used.
/// </summary>
internal sealed class ThreatFeed
{
    public required string Name { get; set; }
    public required string Version { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
}
