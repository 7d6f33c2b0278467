using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Executors;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Remediation.Slack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Jobs;

/// <summary>Posts a pending plan to <c>Remediation:Slack:ApprovalChannel</c> with approve/reject buttons (a notification: failure is logged only).</summary>
internal sealed class NotifyApproversJob(PlanViews views, ActionHttp http, IOptions<RemediationOptions> options, ILogger<NotifyApproversJob> logger)
{
    public async Task RunAsync(Guid planId, CancellationToken ct)
    {
        var slack = options.Value.Slack;
        if (await views.GetAsync(planId, ct).ConfigureAwait(false) is not { Status: PlanStatus.PendingApproval } plan || string.IsNullOrEmpty(slack.ApprovalChannel))
        {
            return;
        }

        var body = ApprovalRequestMessage.Build(plan, slack.ApprovalChannel, RenderJson.Url(options.Value.DashboardUrl, $"plans/{plan.Id}"));
        var request = RenderJson.Post(RenderJson.Url(slack.ApiBaseUrl, "chat.postMessage"), body, new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" });
        try
        {
            var answer = await http.JsonAsync(request, ActionHttp.Bearer(slack.BotToken), ct).ConfigureAwait(false);
            if (answer?["ok"]?.GetValue<bool>() != true)
            {
                logger.LogWarning("Slack refused the approval request for plan {PlanId}: {Error}", planId, answer?["error"]?.GetValue<string>());
            }
        }
        catch (VendorCallException ex)
        {
            logger.LogWarning("Could not post the approval request for plan {PlanId}: {Error}", planId, ex.Message);
        }
    }
}
