using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.EditContext;

/// <summary>
/// A person's edit of an asset's context. Edited fields become manual: later tags and CMDB imports no longer change
/// them. The change time and author are recorded, and the risk pass rescores the asset's findings.
/// </summary>
internal sealed class EditContextHandler(
    IDbContextFactory<CnappAiDbContext> contexts, AssetContextCache cache, ContextApplier applier, IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<AssetView?> HandleAsync(AssetContextEdit edit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var uid = ResourceUids.Canonical(edit.Uid)?.Uid ?? edit.Uid;
        var asset = await db.Set<AssetRecord>().FirstOrDefaultAsync(a => a.Uid == uid, ct).ConfigureAwait(false);
        if (asset is null)
        {
            return null;
        }

        var changed = Text(asset, ContextField.Team, edit.Team);
        changed |= Text(asset, ContextField.Environment, edit.Environment);
        changed |= Text(asset, ContextField.Application, edit.Application);
        changed |= Text(asset, ContextField.DataClassification, edit.DataClassification);
        changed |= edit.Criticality is { } criticality
            && ContextLayers.Set(asset, ContextField.Criticality, criticality, ContextSource.Manual, a => a.Criticality, (a, v) => a.Criticality = v);
        changed |= edit.InternetFacing is { } exposed && ContextApplier.Exposure(asset, exposed, ContextSource.Manual);
        changed |= edit.CrownJewel is { } jewel
            && ContextLayers.Set(asset, ContextField.CrownJewel, jewel, ContextSource.Manual, a => a.CrownJewel, (a, v) => a.CrownJewel = v);
        changed |= applier.Refresh(asset);
        if (changed)
        {
            asset.ContextChangedAt = clock.GetUtcNow();
            asset.ContextChangedBy = edit.EditedBy;
            var details = new { edit.Team, edit.Environment, edit.Application, edit.DataClassification, edit.Criticality, edit.InternetFacing, edit.CrownJewel, edit.EditedBy };
            await audit.AppendAndSaveAsync(db, [AuditRecord.Of("asset.context_edited", actors.Current, "asset", asset.Uid, details)], ct).ConfigureAwait(false);
            cache.Put(asset);
        }

        return AssetMapping.ViewOf(asset);
    }

    private static bool Text(AssetRecord asset, string field, string? value) =>
        value is not null && ContextLayers.SetText(asset, field, value.Length == 0 ? null : value.Trim(), ContextSource.Manual);
}
