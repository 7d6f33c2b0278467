using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Jobs;

/// <summary>Expires plans whose approval window passed: pending ones never approved in time, approved ones never executed.</summary>
internal sealed class ExpirePlansJob(IDbContextFactory<CnappAiDbContext> contexts, PlanAudit audit, IOptions<RemediationOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.ApprovalLifetime;
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var candidates = await db.Set<RemediationPlan>().Where(p => p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Approved).ToListAsync(ct).ConfigureAwait(false);
        var ids = candidates.Select(p => p.Id).ToList();
        var approvals = await db.Set<RemediationApproval>().AsNoTracking().Where(a => ids.Contains(a.PlanId) && a.Approved).ToListAsync(ct).ConfigureAwait(false);
        var expired = candidates.Where(p => p.Status == PlanStatus.PendingApproval
            ? p.RequestedAt <= cutoff
            : approvals.Where(a => a.PlanId == p.Id).Any(a => a.ExpiresAt <= now)).ToList();
        if (expired.Count == 0)
        {
            return 0;
        }

        foreach (var plan in expired)
        {
            plan.Status = PlanStatus.Expired;
            plan.UpdatedAt = now;
        }

        var records = expired.Select(p => new AuditRecord("plan.expired", Actor.System, "remediation-plan", p.Id.ToString(), AuditRecord.Success, [p.FindingId], JsonSerializer.Serialize(new { p.RequestedAt }))).ToList();
        await audit.SaveAsync(db, records, ct).ConfigureAwait(false);
        return expired.Count;
    }
}
