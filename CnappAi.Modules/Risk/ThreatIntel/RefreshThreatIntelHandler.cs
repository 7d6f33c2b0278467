using System.IO.Compression;
using System.Security.Cryptography;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>
/// Downloads KEV and EPSS from the configured URLs. A feed replaces the stored copy only when it downloads and parses
/// completely (and is large enough to be a whole feed); a failure keeps the last good copy (or the bundled snapshot)
/// and is reported. Returns the status after the attempt.
/// </summary>
internal sealed class RefreshThreatIntelHandler(
    IHttpClientFactory http, IDbContextFactory<CnappAiDbContext> contexts, ThreatIntelStore store, IOptions<RiskOptions> options,
    TimeProvider clock, ILogger<RefreshThreatIntelHandler> logger)
{
    public const string ClientName = "risk-feeds";

    public async Task<(ThreatIntelStatus Status, bool Changed)> HandleAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        var changed = await FetchAsync(FeedNames.Kev, options.Value.KevUrl, b => ThreatIntelParser.Kev(new MemoryStream(b)).Version, problems, ct).ConfigureAwait(false);
        changed |= await FetchAsync(FeedNames.Epss, options.Value.EpssUrl, b => ThreatIntelParser.Epss(new MemoryStream(b), $"downloaded {clock.GetUtcNow():yyyy-MM-dd}").Version, problems, ct).ConfigureAwait(false);
        var snapshot = await store.LoadAsync(reload: true, ct).ConfigureAwait(false);
        return (new ThreatIntelStatus(snapshot.KevVersion, snapshot.Kev.Count, snapshot.EpssVersion, snapshot.Epss.Count, snapshot.Origin, problems), changed);
    }

    private async Task<bool> FetchAsync(string name, string url, Func<byte[], string> parse, List<string> problems, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        byte[] body;
        string version;
        try
        {
            using var client = http.CreateClient(ClientName);
            client.Timeout = TimeSpan.FromSeconds(options.Value.FeedTimeoutSeconds);
            body = await client.GetByteArrayAsync(new Uri(url), ct).ConfigureAwait(false);
            version = parse(body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning("Threat-intel feed {Feed} not refreshed from {Url}: {Reason}; keeping the last good copy", name, url, ex.Message);
            problems.Add($"{name}: {ex.Message} (kept the last good copy)");
            return false;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var feed = await db.Set<ThreatFeed>().FirstOrDefaultAsync(f => f.Name == name, ct).ConfigureAwait(false);
        if (feed?.Sha256 == hash)
        {
            return false;
        }

        if (feed is null)
        {
            feed = new ThreatFeed { Name = name, Version = version, Url = url, Content = [], Sha256 = hash };
            db.Add(feed);
        }

        feed.Version = version;
        feed.Url = url;
        feed.Sha256 = hash;
        feed.FetchedAt = clock.GetUtcNow();
        feed.Content = Gzip(body);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    private static byte[] Gzip(byte[] body)
    {
        if (body.Length > 2 && body[0] == 0x1f && body[1] == 0x8b)
        {
            using var inflated = new MemoryStream();
            using (var gunzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
            {
                gunzip.CopyTo(inflated);
            }

            body = inflated.ToArray();
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
