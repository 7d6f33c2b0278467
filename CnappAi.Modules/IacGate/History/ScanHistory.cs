using System.Text.Json;
using CnappAi.Modules.IacGate.Data;
using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.IacGate.History;

/// <summary>
/// Stored scans per repository and branch. The baseline is the newest scan that passed: a failing scan is kept for
/// the record but never becomes a baseline, so re-running a failed job cannot turn its new issues into existing ones.
/// </summary>
internal sealed class ScanHistory(IDbContextFactory<CnappAiDbContext> contexts)
{
    /// <summary>Older scans of a branch are pruned; the baseline is always among the newest passing ones.</summary>
    public const int KeptPerBranch = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(StoredScan Scan, IReadOnlyList<BaselineEntry> Entries)?> LastPassingAsync(string repository, string branch, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var scan = await db.Set<StoredScan>().AsNoTracking()
            .Where(s => s.Repository == repository && s.Branch == branch && s.Passed)
            .OrderByDescending(s => s.TakenAt)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return scan is null ? null : (scan, JsonSerializer.Deserialize<List<BaselineEntry>>(scan.EntriesJson, Json) ?? []);
    }

    public async Task StoreAsync(StoredScan scan, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.Add(scan);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var branch = db.Set<StoredScan>().Where(s => s.Repository == scan.Repository && s.Branch == scan.Branch);
        var baseline = await branch.Where(s => s.Passed).OrderByDescending(s => s.TakenAt).Select(s => s.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var stale = await branch
            .OrderByDescending(s => s.TakenAt)
            .Skip(KeptPerBranch)
            .Where(s => s.Id != baseline)
            .ToListAsync(ct).ConfigureAwait(false);
        if (stale.Count > 0)
        {
            db.RemoveRange(stale);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
    }

    public static string Serialize(IReadOnlyList<BaselineEntry> entries) => JsonSerializer.Serialize(entries, Json);
}
