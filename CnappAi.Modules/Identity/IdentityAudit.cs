using System.Text.Json;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Identity;

/// <summary>Writes sign-in and account events to the audit trail (when the audit writer is registered).</summary>
internal sealed class IdentityAudit(IServiceProvider services)
{
    public Task RecordAsync(string action, Actor actor, string userName, string outcome, object? details, CancellationToken ct)
    {
        if (services.GetService<IAuditWriter>() is not { } writer)
        {
            return Task.CompletedTask;
        }

        var json = JsonSerializer.Serialize(details ?? new { });
        return writer.AppendAsync([new AuditRecord(action, actor, "user", userName, outcome, [], json)], ct);
    }
}
