using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Crosswalk;
using CnappAi.Modules.Correlation.Data;
using CnappAi.Modules.Correlation.Refresh;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Correlation.ManageMappings;

/// <summary>
/// The mapping screen's data: unmapped rules with suggested controls, and confirming a mapping, which persists it
/// (it then overrides the crosswalk on every import) and re-keys the findings already stored under that rule.
/// </summary>
internal sealed class MappingsHandler(
    IDbContextFactory<CnappAiDbContext> contexts, ControlLookup controls, LoadSnapshotHandler snapshot, RecorrelateHandler recorrelate,
    IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnmappedRule>> UnmappedAsync(CancellationToken ct)
    {
        await snapshot.HandleAsync(ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rules = await db.Set<ObservedRule>().AsNoTracking().OrderByDescending(r => r.Count).ThenBy(r => r.Source).ThenBy(r => r.RuleKey)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rules
            .Where(r => controls.ControlOf(r.Source, r.RuleKey, r.Title, r.Category) is null)
            .Select(r => new UnmappedRule(r.Source, r.RuleKey, r.Title, r.Category, r.Count, r.LastSeen, ControlSuggester.Shipped.Suggest(r.RuleKey, r.Title)))];
    }

    public async Task<int> ConfirmAsync(ConfirmMappingRequest request, CancellationToken ct)
    {
        if (SharedControls.Find(request.ControlId) is null)
        {
            throw new ArgumentException($"unknown control '{request.ControlId}'", nameof(request));
        }

        var source = request.Source.Trim().ToLowerInvariant();
        var key = request.RuleKey.Trim();
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var mapping = await db.Set<ConfirmedMapping>().FirstOrDefaultAsync(m => m.Source == source && m.RuleKey == key, ct).ConfigureAwait(false);
            var title = await db.Set<ObservedRule>().Where(r => r.Source == source && r.RuleKey == key).Select(r => r.Title).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (mapping is null)
            {
                db.Add(new ConfirmedMapping { Source = source, RuleKey = key, ControlId = request.ControlId, Title = title, ConfirmedBy = request.ConfirmedBy, ConfirmedAt = clock.GetUtcNow() });
            }
            else
            {
                mapping.ControlId = request.ControlId;
                mapping.ConfirmedBy = request.ConfirmedBy;
                mapping.ConfirmedAt = clock.GetUtcNow();
            }

            var record = AuditRecord.Of("mapping.confirmed", actors.Current, "rule-mapping", $"{source}:{key}", new { source, ruleKey = key, request.ControlId, request.ConfirmedBy });
            await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
        }

        await snapshot.HandleAsync(ct).ConfigureAwait(false);
        return await recorrelate.HandleAsync(new MemberFilter { Source = source, RuleIds = [key] }, ct).ConfigureAwait(false);
    }
}
