using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Remediation;

/// <summary>
/// Saves a change and its audit records in one transaction through the shared audit writer. Until a host registers
/// one, the change is saved on its own, so the module also runs where auditing is not wired.
/// </summary>
internal sealed class PlanAudit(IServiceProvider services)
{
    private IAuditWriter? Writer => services.GetService<IAuditWriter>();

    public Task SaveAsync(CnappAiDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct) =>
        Writer is { } writer ? writer.AppendAndSaveAsync(db, records, ct) : db.SaveChangesAsync(ct);

    public Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct) =>
        Writer is { } writer ? writer.AppendAsync(records, ct) : Task.CompletedTask;
}
