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

    public async Task<FindingPage> PageAsync(FindingQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filtered = db.Set<FindingRecord>().AsNoTracking().WhereAt(query, clock.GetUtcNow());
        var bounded = false;
        if (query.HasSearch())
        {
            // The substring match runs over a window of the indexed result, never over the whole table.
            var window = filtered.Order(query).Take(FindingPage.ScanLimit);
            bounded = await window.CountAsync(ct).ConfigureAwait(false) == FindingPage.ScanLimit;
            filtered = window.WhereSearch(query);
        }

        var total = await filtered.CountAsync(ct).ConfigureAwait(false);
        var rows = await filtered.Order(query)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxPage))
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return new FindingPage([.. rows.Select(FindingRecordMapper.ToView)], total) { Bounded = bounded };
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

    public async Task<FindingTotals> TotalsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var findings = db.Set<FindingRecord>().AsNoTracking();
        var open = findings.Where(f => f.Status == FindingStatus.Open || f.Status == FindingStatus.InProgress);
        var all = await findings.CountAsync(ct).ConfigureAwait(false);
        var bySeverity = await open.GroupBy(f => f.Severity).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var bySource = await open.GroupBy(f => f.Source).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var byProvider = await open.GroupBy(f => f.Provider).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var unified = open.Where(f => !f.Secondary);
        var byPriority = await unified.GroupBy(f => f.Priority).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var byCategory = await unified.GroupBy(f => f.Category).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var breached = await findings.WhereAt(new FindingQuery { UnifiedOnly = true, SlaBreached = true }, clock.GetUtcNow())
            .CountAsync(ct).ConfigureAwait(false);
        return new FindingTotals(all, bySeverity.Values.Sum(), bySeverity, bySource, byProvider)
        {
            OpenByPriority = byPriority,
            OpenByCategory = byCategory,
            SlaBreached = breached,
        };
    }
}
