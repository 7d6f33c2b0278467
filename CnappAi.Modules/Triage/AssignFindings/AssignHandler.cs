using System.Text.Json;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Modules.Triage.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Triage.AssignFindings;

/// <summary>Assigns unified findings to an owner in one transaction with one audit record per finding.</summary>
internal sealed class AssignHandler(
    IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit, IValidator<AssignRequest> validator, TimeProvider clock)
{
    public async Task<int> AssignAsync(Actor actor, AssignRequest request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct).ConfigureAwait(false);
        var ids = request.ClusterIds.Distinct(StringComparer.Ordinal).ToList();
        var assignee = request.Assignee.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = await db.Set<AssignmentRecord>().Where(a => ids.Contains(a.ClusterId)).ToDictionaryAsync(a => a.ClusterId, ct).ConfigureAwait(false);
        var records = new List<AuditRecord>();
        foreach (var id in ids)
        {
            var row = existing.GetValueOrDefault(id);
            if ((row?.Assignee ?? string.Empty) == assignee)
            {
                continue;
            }

            records.Add(new AuditRecord(assignee.Length == 0 ? "finding.unassigned" : "finding.assigned", actor, "finding", id,
                AuditRecord.Success, [id], JsonSerializer.Serialize(new { from = row?.Assignee, to = assignee })));
            if (assignee.Length == 0)
            {
                db.Remove(row!);
                continue;
            }

            row ??= db.Add(new AssignmentRecord { ClusterId = id, Assignee = assignee, AssignedBy = actor.Id }).Entity;
            row.Assignee = assignee;
            row.AssignedBy = actor.Id;
            row.AssignedAt = clock.GetUtcNow();
        }

        if (records.Count > 0)
        {
            await audit.AppendAndSaveAsync(db, records, ct).ConfigureAwait(false);
        }

        return records.Count;
    }

    public async Task<IReadOnlyDictionary<string, FindingAssignment>> GetAsync(IReadOnlyCollection<string> clusterIds, CancellationToken ct)
    {
        var ids = clusterIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<AssignmentRecord>().AsNoTracking().Where(a => ids.Contains(a.ClusterId)).ToListAsync(ct).ConfigureAwait(false);
        return rows.ToDictionary(a => a.ClusterId, a => new FindingAssignment(a.ClusterId, a.Assignee, a.AssignedBy, a.AssignedAt), StringComparer.Ordinal);
    }
}
