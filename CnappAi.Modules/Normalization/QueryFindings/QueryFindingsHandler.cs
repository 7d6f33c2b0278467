using System.Runtime.CompilerServices;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Normalization.StoreFindings;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.QueryFindings;

internal sealed class QueryFindingsHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    private const int MaxPage = 1000;

    /// <summary>
    /// One page of the explorer. The total is counted up to <see cref="FindingPage.CountLimit"/> (through the filters'
    /// indexes, so it costs at most that many index entries). When more match, the filter is broad: the page is read
    /// along the sort's index, checking the filters row by row, and stops after its rows. When fewer match, the filters'
    /// indexes find them all and the few are sorted. Either way a page costs about the same at a million rows as at ten
    /// thousand.
    /// </summary>
    public async Task<FindingPage> PageAsync(FindingQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var matching = await CountUpToAsync(db, query, now, FindingPage.CountLimit + 1, ct).ConfigureAwait(false);
        var broad = matching > FindingPage.CountLimit;
        var filtered = Rows(db, query, broad).WhereAt(query, now);
        var total = Math.Min(matching, FindingPage.CountLimit);
        var bounded = false;
        if (query.HasSearch())
        {
            // The substring match runs over a window of the indexed result, never over the whole table.
            var window = filtered.Order(query).Take(FindingPage.ScanLimit);
            bounded = broad && await CountUpToAsync(db, query, now, FindingPage.ScanLimit, ct).ConfigureAwait(false) == FindingPage.ScanLimit;
            filtered = window.WhereSearch(query);
            total = await filtered.CountAsync(ct).ConfigureAwait(false);
            broad = false;
        }

        var rows = await filtered.Order(query)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxPage))
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return new FindingPage([.. rows.Select(FindingRecordMapper.ToView)], total) { Bounded = bounded, Capped = broad };
    }

    private static Task<int> CountUpToAsync(CnappAiDbContext db, FindingQuery query, DateTimeOffset now, int limit, CancellationToken ct) =>
        db.Set<FindingRecord>().AsNoTracking().WhereAt(query, now).Take(limit).CountAsync(ct);

    /// <summary>The findings table, read along the sort's index when the filter is broad and the sort has one.</summary>
    private static IQueryable<FindingRecord> Rows(CnappAiDbContext db, FindingQuery query, bool broad)
    {
        var set = db.Set<FindingRecord>();
        return broad && SortIndexes.For(query) is { } index
            ? set.FromSqlRaw(SqliteReadSql.InIndexOrder(FindingRecordConfiguration.Table, index)).AsNoTracking()
            : set.AsNoTracking();
    }

    public async IAsyncEnumerable<FindingView> ExportAsync(FindingQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<FindingRecord>().AsNoTracking().WhereAt(query, clock.GetUtcNow()).WhereSearch(query)
            .OrderBy(f => f.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return FindingRecordMapper.ToView(row);
        }
    }

    public async Task<FindingView?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<FindingRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct).ConfigureAwait(false);
        return row is null ? null : FindingRecordMapper.ToView(row);
    }

    public async Task<string?> GetRawAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<RawRecord>().AsNoTracking().Where(r => r.FindingId == id).Select(r => r.Raw)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The overview's counts from one grouped scan of the covering index on status, primary flag, severity, source,
    /// provider, priority and category (a few hundred groups), and one range count on the SLA index.
    /// </summary>
    public async Task<FindingTotals> TotalsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var findings = db.Set<FindingRecord>().AsNoTracking();
        var groups = await findings
            .GroupBy(f => new { f.Status, f.Secondary, f.Severity, f.Source, f.Provider, f.Priority, f.Category })
            .Select(g => new { g.Key.Status, g.Key.Secondary, g.Key.Severity, g.Key.Source, g.Key.Provider, g.Key.Priority, g.Key.Category, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var open = groups.Where(g => g.Status is FindingStatus.Open or FindingStatus.InProgress).ToList();
        var unified = open.Where(g => !g.Secondary).ToList();
        var breached = await findings.WhereAt(new FindingQuery { UnifiedOnly = true, SlaBreached = true }, clock.GetUtcNow())
            .CountAsync(ct).ConfigureAwait(false);
        return new FindingTotals(
            groups.Sum(g => g.Count),
            open.Sum(g => g.Count),
            Tally(open, g => g.Severity, g => g.Count),
            Tally(open, g => g.Source, g => g.Count),
            Tally(open, g => g.Provider, g => g.Count))
        {
            OpenByPriority = Tally(unified, g => g.Priority, g => g.Count),
            OpenByCategory = Tally(unified, g => g.Category, g => g.Count),
            SlaBreached = breached,
        };
    }

    private static Dictionary<TKey, int> Tally<TGroup, TKey>(IEnumerable<TGroup> groups, Func<TGroup, TKey> key, Func<TGroup, int> count)
        where TKey : notnull =>
        groups.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(count));
}
