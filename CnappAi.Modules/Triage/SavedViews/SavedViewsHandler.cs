using System.Text.Json;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Modules.Triage.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Triage.SavedViews;

/// <summary>Each user's saved explorer views, kept by the actor id so they follow the person, not the browser.</summary>
internal sealed class SavedViewsHandler(
    IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit, IValidator<SaveViewRequest> validator, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedView>> ListAsync(Actor owner, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<SavedViewRecord>().AsNoTracking().Where(v => v.Owner == owner.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).Select(v => new SavedView(v.Id, v.Name, v.Query, v.SavedAt))];
    }

    public async Task<SavedView> SaveAsync(Actor owner, SaveViewRequest request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var name = request.Name.Trim();
        var row = await db.Set<SavedViewRecord>().FirstOrDefaultAsync(v => v.Owner == owner.Id && v.Name == name, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new SavedViewRecord { Id = Guid.NewGuid(), Owner = owner.Id, Name = name, Query = request.Query };
            db.Add(row);
        }

        row.Query = request.Query;
        row.SavedAt = clock.GetUtcNow();
        await audit.AppendAndSaveAsync(db, [Record("view.saved", owner, row)], ct).ConfigureAwait(false);
        return new SavedView(row.Id, row.Name, row.Query, row.SavedAt);
    }

    public async Task<bool> DeleteAsync(Actor owner, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<SavedViewRecord>().FirstOrDefaultAsync(v => v.Owner == owner.Id && v.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        db.Remove(row);
        await audit.AppendAndSaveAsync(db, [Record("view.deleted", owner, row)], ct).ConfigureAwait(false);
        return true;
    }

    private static AuditRecord Record(string action, Actor actor, SavedViewRecord row) =>
        new(action, actor, "saved-view", row.Id.ToString(), AuditRecord.Success, [],
            JsonSerializer.Serialize(new { name = row.Name, query = row.Query }));
}
