using CnappAi.Modules.Shared.Persistence;

namespace CnappAi.Modules.Shared.Audit;

/// <summary>
/// Appends hash-chained audit records in the same transaction as the change they describe. Any module uses it with
/// its own context: make the change on <c>db</c>, then call <see cref="AppendAndSaveAsync"/>, which serializes
/// writers, chains the records onto the last one and saves the change and the records in one transaction.
/// </summary>
internal interface IAuditWriter
{
    /// <summary>Saves the pending changes of <paramref name="db"/> together with <paramref name="records"/>, atomically.</summary>
    Task AppendAndSaveAsync(CnappAiDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct);

    /// <summary>Appends records that describe no database change (a sign-in, a denied attempt, a failed call).</summary>
    Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct);
}
