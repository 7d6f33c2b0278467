using System.Security.Cryptography;
using System.Text.Json;
using CnappAi.Modules.Audit.Data;

namespace CnappAi.Modules.Audit.Chain;

/// <summary>
/// The hash of a link: SHA-256 (lower-case hex) over a JSON array of every field in a fixed order, so no two
/// different entries can serialize alike (JSON string escaping keeps field boundaries unambiguous).
/// </summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object[]
        {
            e.Sequence, e.OccurredAt.ToUnixTimeMilliseconds(), e.Action, e.ActorId, e.ActorName, e.ActorKind,
            e.SubjectType, e.SubjectId, e.Outcome, e.FindingIds, e.Details, e.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
