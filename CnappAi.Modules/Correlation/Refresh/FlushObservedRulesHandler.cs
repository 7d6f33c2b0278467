using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Correlation.Refresh;

/// <summary>Writes the unmapped rules an import met (a few rows per import, whatever its size) for the mapping screen.</summary>
internal sealed class FlushObservedRulesHandler(IDbContextFactory<CnappAiDbContext> contexts, ObservedRules observed, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var drained = observed.Drain();
        if (drained.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        foreach (var chunk in drained.Chunk(500))
        {
            var sources = chunk.Select(c => c.Source).Distinct().ToList();
            var keys = chunk.Select(c => c.Key).Distinct().ToList();
            var existing = await db.Set<ObservedRule>().Where(r => sources.Contains(r.Source) && keys.Contains(r.RuleKey))
                .ToDictionaryAsync(r => (r.Source, r.RuleKey), ct).ConfigureAwait(false);
            foreach (var (source, key, seen) in chunk)
            {
                if (existing.TryGetValue((source, key), out var rule))
                {
                    rule.Count += seen.Count;
                    rule.LastSeen = now;
                    rule.Title = Cut(seen.Title);
                }
                else
                {
                    db.Add(new ObservedRule { Source = source, RuleKey = key, Title = Cut(seen.Title), Category = seen.Category, Count = seen.Count, FirstSeen = now, LastSeen = now });
                }
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return drained.Count;
    }

    private static string Cut(string title) => title.Length <= 1024 ? title : title[..1024];
}
