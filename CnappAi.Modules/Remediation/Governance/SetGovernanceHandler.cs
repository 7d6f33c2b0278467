using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Remediation.Governance;

internal sealed class SetGovernanceHandler(IDbContextFactory<CnappAiDbContext> contexts, IValidator<GovernanceRule> validator, PlanAudit audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor admin, GovernanceRule rule, CancellationToken ct)
    {
        rule = rule with { Environment = rule.Environment?.Trim().ToLowerInvariant() ?? "" };
        await validator.ValidateAndThrowAsync(rule, ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<GovernanceSetting>().FirstOrDefaultAsync(g => g.Type == rule.Type && g.Environment == rule.Environment, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new GovernanceSetting { Id = Guid.CreateVersion7(clock.GetUtcNow()), Type = rule.Type, Environment = rule.Environment, UpdatedBy = admin.Id };
            db.Add(row);
        }

        row.Mode = rule.Mode;
        row.AllowProduction = rule.AllowProduction;
        row.UpdatedBy = admin.Id;
        row.UpdatedAt = clock.GetUtcNow();
        var details = JsonSerializer.Serialize(new { type = rule.Type.ToString(), environment = rule.Environment, mode = rule.Mode.ToString(), rule.AllowProduction });
        await audit.SaveAsync(db, [new AuditRecord("settings.changed", admin, "remediation-governance", $"{rule.Type}:{rule.Environment}", AuditRecord.Success, [], details)], ct).ConfigureAwait(false);
    }
}
