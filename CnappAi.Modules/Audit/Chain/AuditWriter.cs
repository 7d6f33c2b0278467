using System.Text.Json;
using CnappAi.Modules.Audit.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Audit.Chain;

/// <summary>
/// Chains records onto the last link and saves them with the caller's pending changes in one transaction. Writers in
/// this process queue on a gate; the transaction takes the database's write lock when it begins (SQLite
/// <c>BEGIN IMMEDIATE</c>), so another process cannot read the same last link; and the sequence is the primary key,
/// so a chain can never fork silently.
/// </summary>
internal sealed class AuditWriter(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock) : IAuditWriter, IDisposable
{
    private const int MaxFindingLinks = 1_000;
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task AppendAndSaveAsync(CnappAiDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("The audit writer owns the transaction: call it with no transaction open, it commits the change and its records together.");
        }

        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                await AddLinksAsync(db, records, ct).ConfigureAwait(false);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await AppendAndSaveAsync(db, records, ct).ConfigureAwait(false);
    }

    public void Dispose() => gate.Dispose();

    private async Task AddLinksAsync(CnappAiDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        var last = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditHash.Genesis;
        var now = clock.GetUtcNow();
        foreach (var record in records)
        {
            var findingIds = record.FindingIds.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).Take(MaxFindingLinks).ToList();
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                OccurredAt = now,
                Action = Clip(record.Action, 64),
                ActorId = Clip(record.Actor.Id, 256),
                ActorName = Clip(record.Actor.DisplayName, 256),
                ActorKind = record.Actor.Kind.ToString(),
                SubjectType = Clip(record.SubjectType, 64),
                SubjectId = Clip(record.SubjectId, 256),
                Outcome = Clip(record.Outcome, 16),
                FindingIds = string.Join(',', findingIds),
                Details = NormalizeDetails(record.DetailsJson),
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry.Hash = AuditHash.Compute(entry);
            previous = entry.Hash;
            db.Add(entry);
            db.AddRange(findingIds.Select(f => new AuditEntryFinding { Sequence = entry.Sequence, FindingId = Clip(f, 128) }));
        }
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    /// <summary>Details must be one JSON object; anything else is kept as a string inside one, so nothing is lost.</summary>
    private static string NormalizeDetails(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "{}";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? json : JsonSerializer.Serialize(new { value = document.RootElement });
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(new { text = json });
        }
    }
}
