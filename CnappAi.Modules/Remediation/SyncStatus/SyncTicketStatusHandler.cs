using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Executors;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.Remediation.SyncStatus;

/// <summary>
/// Reads back the state of every Jira and ServiceNow ticket a plan created that is not done yet and records changes.
/// When a ticket becomes done, the plan's finding moves to the status a done ticket stands for
/// (<c>Remediation:Jira:DoneMeans</c>, see <see cref="DoneTicketStatus"/>); the audit record names that status only when
/// it was applied, and the changed unified findings are rescored so priority and SLA follow.
/// </summary>
internal sealed class SyncTicketStatusHandler(
    IDbContextFactory<CnappAiDbContext> contexts, IEnumerable<ITicketReader> readers, DoneTicketStatus doneTickets, IRiskFacade risk, PlanAudit audit, TimeProvider clock, ILogger<SyncTicketStatusHandler> logger)
{
    private static readonly ActionType[] Tickets = [ActionType.JiraIssue, ActionType.ServiceNowIncident, ActionType.ServiceNowChange];

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var open = await db.Set<RemediationAction>()
            .Where(a => a.Status == ActionStatus.Succeeded && a.ExternalKey != null && Tickets.Contains(a.Type) && (a.TicketStatus == null || !a.TicketStatus.StartsWith("done:")))
            .ToListAsync(ct).ConfigureAwait(false);
        var changed = 0;
        var rescore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in open)
        {
            var reader = readers.First(r => r.Types.Contains(action.Type));
            TicketState state;
            try
            {
                state = await reader.ReadAsync(action.Type, new ExternalObject(action.ExternalKey!, action.ExternalId, action.ExternalUrl), ct).ConfigureAwait(false);
            }
            catch (VendorCallException ex)
            {
                logger.LogWarning("Could not read ticket {Key}: {Error}", action.ExternalKey, ex.Message);
                continue;
            }

            var status = state.Done ? $"done: {state.Status}" : state.Status;
            if (status == action.TicketStatus)
            {
                continue;
            }

            var plan = await db.Set<RemediationPlan>().AsNoTracking().FirstAsync(p => p.Id == action.PlanId, ct).ConfigureAwait(false);
            var finding = state.Done
                ? await doneTickets.ApplyAsync(plan.FindingId, action.ExternalKey!, ct).ConfigureAwait(false)
                : new FindingStatusChange(null, null, null);
            action.TicketStatus = status;
            action.TicketStatusAt = clock.GetUtcNow();
            var details = JsonSerializer.Serialize(new
            {
                actionId = action.Id, key = action.ExternalKey, status, findingStatus = finding.Applied?.ToString(), findingStatusNotApplied = finding.Note,
            });
            await audit.SaveAsync(db, [new AuditRecord("ticket.status-synced", Actor.System, "remediation-plan", plan.Id.ToString(), AuditRecord.Success, [plan.FindingId], details)], ct).ConfigureAwait(false);
            if (finding.ClusterId is { } cluster)
            {
                rescore.Add(cluster);
            }

            changed++;
        }

        if (rescore.Count > 0)
        {
            await risk.RescoreClustersAsync(rescore, ct).ConfigureAwait(false);
        }

        return changed;
    }
}
