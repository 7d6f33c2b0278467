using System.Text.Json;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.ExecutePlan;
using CnappAi.Modules.Remediation.Governance;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.RequestPlan;

/// <summary>
/// Turns a finding's AI recommendation into a plan: every action rendered in full, its governance mode fixed, the
/// plan hashed. All-automated plans are approved by the system and queued; all-read-only plans stay drafts.
/// </summary>
internal sealed class RequestPlanHandler(
    IDbContextFactory<CnappAiDbContext> contexts,
    IValidator<PlanRequest> validator,
    INormalizationFacade findings,
    IAiFacade ai,
    ActionRenderer renderer,
    GovernancePolicy governance,
    PlanAudit audit,
    IBackgroundJobClient jobs,
    IOptions<RemediationOptions> options,
    TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor requester, PlanRequest request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct).ConfigureAwait(false);
        var finding = await findings.GetAsync(request.FindingId.Trim(), ct).ConfigureAwait(false)
            ?? throw Invalid(nameof(PlanRequest.FindingId), $"No finding has the id '{request.FindingId}'.");
        var advice = await ai.ExplainFindingAsync(finding.Id, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var plan = new RemediationPlan
        {
            Id = Guid.CreateVersion7(now), FindingId = finding.Id, ClusterId = finding.ClusterId, Title = $"[P{finding.Priority}] {finding.Title}",
            Environment = finding.Environment, RequestedBy = requester.Id, RequestedByName = requester.DisplayName, RequestedAt = now, UpdatedAt = now,
            PlanHash = "", AiOutputId = advice?.Fix.Id, Note = request.Comment,
        };
        var input = new RenderInput(finding, advice, plan.Id, "", RenderJson.Url(options.Value.DashboardUrl, $"plans/{plan.Id}"));
        var rules = await governance.StoredAsync(ct).ConfigureAwait(false);
        var types = request.Actions.Count > 0 ? request.Actions : options.Value.DefaultActions;
        var actions = types.Select((type, i) => Action(plan, input, type, i, governance.Resolve(rules, type, finding.Environment), now)).ToList();
        plan.PlanHash = ActionRenderer.HashPlan(plan.FindingId, actions.Select(a => a.Hash));
        plan.RequiredApprovals = governance.IsProduction(finding.Environment) && actions.Any(IsCloudChange) ? options.Value.ProductionCloudApprovals : 1;
        var live = actions.Where(a => a.Mode != GovernanceMode.ReadOnly).ToList();
        plan.Status = live.Count == 0 ? PlanStatus.Draft : live.All(a => a.Mode == GovernanceMode.Automated) ? PlanStatus.Approved : PlanStatus.PendingApproval;

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.Add(plan);
        db.AddRange(actions);
        var records = new List<AuditRecord>
        {
            Record("plan.requested", requester, plan, new { plan.FindingId, actions = types.Select(t => t.ToString()), comment = request.Comment }),
            Record("plan.rendered", requester, plan, new { plan.PlanHash, actions = actions.Select(a => new { a.Id, type = a.Type.ToString(), mode = a.Mode.ToString(), a.Hash, a.IdempotencyKey, a.Summary }) }),
        };
        if (plan.Status == PlanStatus.Approved)
        {
            db.Add(new RemediationApproval
            {
                Id = Guid.CreateVersion7(now), PlanId = plan.Id, ApproverId = ApprovalCheck.SystemApprover, ApproverName = "governance: automated",
                Approved = true, At = now, ExpiresAt = now + options.Value.ApprovalLifetime, PlanHash = plan.PlanHash,
            });
            records.Add(Record("plan.approved", Actor.System, plan, new { automated = true, plan.PlanHash }));
        }

        await audit.SaveAsync(db, records, ct).ConfigureAwait(false);
        if (advice is not null)
        {
            await ai.MarkLedToActionAsync(advice.Fix.Id, ct).ConfigureAwait(false);
        }

        if (plan.Status == PlanStatus.Approved)
        {
            jobs.Enqueue<ExecutePlanJob>(job => job.RunAsync(plan.Id, CancellationToken.None));
        }
        else if (plan.Status == PlanStatus.PendingApproval && !string.IsNullOrEmpty(options.Value.Slack.ApprovalChannel))
        {
            jobs.Enqueue<NotifyApproversJob>(job => job.RunAsync(plan.Id, CancellationToken.None));
        }

        return plan.Id;
    }

    private RemediationAction Action(RemediationPlan plan, RenderInput input, ActionType type, int ordinal, GovernanceMode mode, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var key = $"cnappai-{id:n}";
        RenderedAction rendered;
        try
        {
            rendered = renderer.Render(type, input with { IdempotencyKey = key });
        }
        catch (UnsupportedActionException ex)
        {
            throw Invalid(nameof(PlanRequest.Actions), $"{type}: {ex.Message}");
        }

        var requests = ActionRenderer.RequestsJson(rendered.Requests);
        return new RemediationAction
        {
            Id = id, PlanId = plan.Id, Ordinal = ordinal, Type = type, Mode = mode, Summary = rendered.Summary, Preview = rendered.Preview,
            RequestsJson = requests, IdempotencyKey = key, Hash = ActionRenderer.HashAction(type, mode, key, requests),
            Status = mode == GovernanceMode.ReadOnly ? ActionStatus.Draft : ActionStatus.Pending,
        };
    }

    private static bool IsCloudChange(RemediationAction action) => action.Type is ActionType.CloudTag or ActionType.CloudNetworkRestriction;

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    private static AuditRecord Record(string action, Actor actor, RemediationPlan plan, object details) =>
        new(action, actor, "remediation-plan", plan.Id.ToString(), AuditRecord.Success, [plan.FindingId], JsonSerializer.Serialize(details));
}
