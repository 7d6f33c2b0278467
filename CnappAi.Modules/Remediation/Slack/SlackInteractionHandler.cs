using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Slack;

/// <summary>
/// Approve/reject buttons pressed in Slack: the request is verified (signature, window, replay), the Slack user is
/// mapped to a CnappAi user through <c>Remediation:Slack:Users</c>, and the decision goes through the facade as that
/// user, so the same rules (role, four eyes) apply as in the dashboard.
/// </summary>
internal sealed class SlackInteractionHandler(
    IDbContextFactory<CnappAiDbContext> contexts, IRemediationFacade facade, IRoleDirectory roles, IActorAccessor actors, PlanAudit audit, IOptions<RemediationOptions> options, TimeProvider clock)
{
    public const string ApproveAction = "approve_plan";
    public const string RejectAction = "reject_plan";

    public async Task<SlackReply> HandleAsync(string? timestamp, string? signature, byte[] body, CancellationToken ct)
    {
        var slack = options.Value.Slack;
        if (SlackSignature.Check(slack.SigningSecret, timestamp, signature, body, clock.GetUtcNow()) is { } invalid)
        {
            return await DenyAsync(invalid, 401, ct).ConfigureAwait(false);
        }

        if (!await FirstDeliveryAsync(signature!, long.Parse(timestamp!, System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false))
        {
            return await DenyAsync("Replayed Slack request.", 401, ct).ConfigureAwait(false);
        }

        if (Read(body) is not { } click)
        {
            return new SlackReply(400, "Unrecognised interaction.");
        }

        // Acting under the directory's id (a mapping may name the user) keeps the four-eyes and one-approval-per-person checks intact.
        if (!slack.Users.TryGetValue(click.SlackUser, out var mapped) || await roles.GetUserIdAsync(mapped, ct).ConfigureAwait(false) is not { } userId
            || await roles.GetRolesAsync(userId, ct).ConfigureAwait(false) is not { } held)
        {
            return await DenyAsync($"Slack user {click.SlackUser} is not mapped to a CnappAi user.", 200, ct).ConfigureAwait(false);
        }

        using (actors.Use(Actor.User(userId, click.UserName ?? mapped, held)))
        {
            try
            {
                var outcome = click.ActionId == ApproveAction ? await facade.ApproveAsync(click.PlanId, "Approved in Slack", ct).ConfigureAwait(false)
                    : click.ActionId == RejectAction ? await facade.RejectAsync(click.PlanId, "Rejected in Slack", ct).ConfigureAwait(false)
                    : new DecisionOutcome(false, "Unknown action.", PlanStatus.Draft);
                return new SlackReply(200, outcome.Message);
            }
            catch (AccessDeniedException ex)
            {
                return new SlackReply(200, ex.Message);
            }
        }
    }

    /// <summary>The button click in a form-encoded <c>payload</c>; null for anything else (not JSON, other shapes or types).</summary>
    private static Click? Read(byte[] body)
    {
        try
        {
            var form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
            var payload = form.TryGetValue("payload", out var p) ? JsonNode.Parse(p.ToString()) as JsonObject : null;
            var user = payload?["user"] as JsonObject;
            var action = (payload?["actions"] as JsonArray)?.FirstOrDefault() as JsonObject;
            return action is not null && Text(user?["id"]) is { } slackUser && Guid.TryParse(Text(action["value"]), out var planId)
                ? new Click(slackUser, Text(user!["name"]), Text(action["action_id"]), planId)
                : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Malformed JSON, or a duplicate property name, which JsonObject refuses on first access.
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private async Task<bool> FirstDeliveryAsync(string signature, long timestamp, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var cutoff = clock.GetUtcNow() - SlackSignature.Window - SlackSignature.Window;
        await db.Set<SlackRequestSeen>().Where(s => s.ReceivedAt < cutoff).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        if (await db.Set<SlackRequestSeen>().AnyAsync(s => s.Signature == signature, ct).ConfigureAwait(false))
        {
            return false;
        }

        db.Add(new SlackRequestSeen { Signature = signature, Timestamp = timestamp, ReceivedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private async Task<SlackReply> DenyAsync(string reason, int status, CancellationToken ct)
    {
        await audit.AppendAsync([new AuditRecord("slack.interaction", Actor.Anonymous, "slack-request", "-", AuditRecord.Denied, [], JsonSerializer.Serialize(new { reason }))], ct).ConfigureAwait(false);
        return new SlackReply(status, reason);
    }
}

internal sealed record SlackReply(int Status, string Text);

internal sealed record Click(string SlackUser, string? UserName, string? ActionId, Guid PlanId);
