using CnappAi.Modules.Audit.Chain;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Audit.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Audit.VerifyChain;

/// <summary>Streams the chain oldest first and recomputes every link; stops at the first one that does not hold.</summary>
internal sealed class VerifyChainHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<AuditVerification> HandleAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        long expected = 1;
        var previous = AuditHash.Genesis;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            var problem = Check(entry, expected, previous);
            if (problem is not null)
            {
                return new AuditVerification(false, expected - 1, Math.Min(entry.Sequence, expected), problem, previous, clock.GetUtcNow());
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, null, null, expected == 1 ? null : previous, clock.GetUtcNow());
    }

    private static string? Check(AuditEntry entry, long expected, string previous)
    {
        if (entry.Sequence != expected)
        {
            return $"record {expected} is missing (the next record is {entry.Sequence})";
        }

        if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
        {
            return $"record {entry.Sequence} does not link to the record before it (previous hash {Short(entry.PreviousHash)}, expected {Short(previous)})";
        }

        var actual = AuditHash.Compute(entry);
        return string.Equals(actual, entry.Hash, StringComparison.Ordinal)
            ? null
            : $"record {entry.Sequence} was changed after it was written (stored hash {Short(entry.Hash)}, content hashes to {Short(actual)})";
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
