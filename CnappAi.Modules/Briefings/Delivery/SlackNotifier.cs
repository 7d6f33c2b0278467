using System.Globalization;
using System.Net.Http.Json;
using CnappAi.Modules.Briefings.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Briefings.Delivery;

/// <summary>Posts a briefing's headline and a link to it to a Slack incoming webhook (<c>{"text": ...}</c>).</summary>
internal sealed class SlackNotifier(IHttpClientFactory clients, IOptions<BriefingsOptions> options)
{
    public const string ClientName = "briefings-slack";
    public const string NotConfigured = "not configured";
    public const string Sent = "sent";

    public async Task<string> NotifyAsync(BriefingSummary s, BriefingContent c, CancellationToken ct)
    {
        if (options.Value.SlackWebhookUrl is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return NotConfigured;
        }

        var link = $"{options.Value.DashboardUrl.TrimEnd('/')}/briefings/{s.Id}";
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"*{s.Title}*\n{c.Headline.Open} open findings, {c.Headline.CriticalHigh} critical or high, {c.Headline.P1} at P1, {c.Headline.SlaBreached} past SLA.\n<{link}|Read the briefing>");
        try
        {
            using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(uri, new { text }, ct).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? Sent : $"failed: HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return "failed: " + ex.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "failed: timed out";
        }
    }
}
