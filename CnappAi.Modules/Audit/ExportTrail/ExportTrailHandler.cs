using System.Text.Json;
using CnappAi.Modules.Audit.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Audit.ExportTrail;

/// <summary>
/// Writes the chain oldest first as JSON lines for a SIEM: one object per record with its hash and the previous hash,
/// so the receiver can verify the chain too. <c>details</c> is embedded as JSON, not as a string.
/// </summary>
internal sealed class ExportTrailHandler(IDbContextFactory<CnappAiDbContext> contexts)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    public async Task<int> HandleAsync(TextWriter output, DateTimeOffset? since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (since is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        var count = 0;
        using var buffer = new MemoryStream();
        await foreach (var e in entries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            buffer.SetLength(0);
            await using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                Write(json, e);
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return count;
    }

    private static void Write(Utf8JsonWriter json, AuditEntry e)
    {
        json.WriteStartObject();
        json.WriteNumber("sequence", e.Sequence);
        json.WriteString("time", e.OccurredAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("action", e.Action);
        json.WriteString("outcome", e.Outcome);
        json.WriteStartObject("actor");
        json.WriteString("id", e.ActorId);
        json.WriteString("name", e.ActorName);
        json.WriteString("kind", e.ActorKind);
        json.WriteEndObject();
        json.WriteStartObject("subject");
        json.WriteString("type", e.SubjectType);
        json.WriteString("id", e.SubjectId);
        json.WriteEndObject();
        json.WriteStartArray("findingIds");
        foreach (var id in e.FindingIds.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        json.WritePropertyName("details");
        json.WriteRawValue(e.Details);
        json.WriteString("previousHash", e.PreviousHash);
        json.WriteString("hash", e.Hash);
        json.WriteEndObject();
    }
}
