using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Rendering;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>
/// Slack by incoming webhook (the configured URL) or <c>chat.postMessage</c> (bot token). Slack offers no look-up by
/// key, so a message whose answer was lost is not posted again: at most once.
/// </summary>
internal sealed class SlackExecutor(ActionHttp http, IOptions<RemediationOptions> options) : IActionExecutor
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.SlackMessage];

    public bool CanLookUp => false;

    private SlackOptions Slack => options.Value.Slack;

    public Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct) => Task.FromResult<ExternalObject?>(null);

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var request = target.Requests[0];
        if (request.Url == SlackRenderer.WebhookUrlShown)
        {
            var (status, body) = await http.SendAsync(request, _ => { }, ct, url: Slack.WebhookUrl).ConfigureAwait(false);
            ActionHttp.Ensure(request, status, body);
            return new ExternalObject("webhook", null, null);
        }

        var answer = await http.JsonAsync(request, ActionHttp.Bearer(Slack.BotToken), ct).ConfigureAwait(false);
        if (answer?["ok"]?.GetValue<bool>() != true)
        {
            var error = answer?["error"]?.GetValue<string>() ?? "unknown_error";
            throw new VendorCallException($"Slack refused the message: {error}", null, ambiguous: false);
        }

        var channel = answer["channel"]?.GetValue<string>();
        return new ExternalObject(answer["ts"]?.GetValue<string>() ?? "posted", channel, null);
    }
}
