using CnappAi.Modules.Audit.Contracts;

namespace CnappAi.Modules.Audit;

/// <summary>
/// The tamper-evident audit trail: append-only, hash-chained records of every import and sync run, recommendation,
/// approval, rejection, execution, failure, sign-in and configuration change. Modules write through
/// <c>Shared.Audit.IAuditWriter</c> in the same transaction as the change; this facade reads, verifies and exports.
/// </summary>
public interface IAuditFacade
{
    /// <summary>A page of records, newest first (viewer).</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct);

    /// <summary>Walks the whole chain and names the first broken record (viewer).</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken ct);

    /// <summary>Writes records (oldest first, from <paramref name="since"/> when given) as JSON lines for a SIEM; returns how many (admin).</summary>
    Task<int> ExportJsonLinesAsync(TextWriter output, DateTimeOffset? since, CancellationToken ct);
}
