using System.IO.Compression;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>
/// The threat intel scoring uses: for each feed, the last good download kept in the database, else the bundled
/// snapshot. A stored copy that no longer parses is ignored (logged) and the bundled one used instead.
/// </summary>
internal sealed class ThreatIntelStore(IDbContextFactory<CnappAiDbContext> contexts, ILogger<ThreatIntelStore> logger)
{
    private ThreatIntelSnapshot? _current;

    public ThreatIntelSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("threat intel not loaded; call LoadAsync first");

    public async Task<ThreatIntelSnapshot> LoadAsync(bool reload, CancellationToken ct)
    {
        if (!reload && Volatile.Read(ref _current) is { } loaded)
        {
            return loaded;
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var stored = await db.Set<ThreatFeed>().AsNoTracking().ToDictionaryAsync(f => f.Name, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var (kev, kevVersion, kevOrigin) = Load(stored.GetValueOrDefault(FeedNames.Kev), s => ThreatIntelParser.Kev(s), BundledThreatIntel.Kev);
        var (epss, epssVersion, epssOrigin) = Load(stored.GetValueOrDefault(FeedNames.Epss), s => ThreatIntelParser.Epss(s, "downloaded"), BundledThreatIntel.Epss);
        var snapshot = new ThreatIntelSnapshot(kev, kevVersion, epss, epssVersion, BundledThreatIntel.Ssvc, $"kev: {kevOrigin}; epss: {epssOrigin}");
        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }

    private (T Entries, string Version, string Origin) Load<T>(ThreatFeed? feed, Func<Stream, (T, string)> parse, (T Entries, string Version) bundled)
    {
        if (feed is not null)
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(feed.Content), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                buffer.Position = 0;
                var (entries, _) = parse(buffer);
                return (entries, feed.Version, $"downloaded {feed.FetchedAt:yyyy-MM-dd} from {feed.Url}");
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or IOException or KeyNotFoundException)
            {
                logger.LogWarning(ex, "Stored {Feed} feed no longer parses; using the bundled snapshot", feed.Name);
            }
        }

        return (bundled.Entries, bundled.Version, "bundled");
    }
}
