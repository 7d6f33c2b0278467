using System.Text.Json;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Data;
using CnappAi.Modules.Briefings.GenerateBriefing;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Briefings.ReadBriefings;

internal sealed class BriefingReader(IDbContextFactory<CnappAiDbContext> contexts)
{
    public async Task<IReadOnlyList<BriefingSummary>> ListAsync(int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<BriefingRecord>().AsNoTracking().OrderByDescending(b => b.GeneratedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(Summary)];
    }

    public async Task<BriefingView?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<BriefingRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct).ConfigureAwait(false);
        return row is null ? null : new BriefingView(Summary(row), JsonSerializer.Deserialize<BriefingContent>(row.ContentJson, BriefingJson.Options)!, row.Narrative);
    }

    public async Task<BriefingFile?> GetFileAsync(Guid id, BriefingFormat format, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<BriefingRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct).ConfigureAwait(false);
        var (path, type) = format switch
        {
            BriefingFormat.Html => (row?.HtmlPath, "text/html; charset=utf-8"),
            BriefingFormat.Markdown => (row?.MarkdownPath, "text/markdown; charset=utf-8"),
            BriefingFormat.Pdf => (row?.PdfPath, "application/pdf"),
            _ => (row?.HtmlPath is { } html ? Path.ChangeExtension(html, ".json") : null, "application/json; charset=utf-8"),
        };
        return path is not null && File.Exists(path) ? new BriefingFile(Path.GetFileName(path), type, path) : null;
    }

    private static BriefingSummary Summary(BriefingRecord b) => new(
        b.Id, b.Title, b.Trigger, b.GeneratedAt, b.GeneratedBy, b.DataAsOf, b.NarrativeEngine, b.NarrativeModel, b.RuleSet,
        b.Open, b.CriticalHigh, b.PdfStatus, b.SlackStatus);
}
