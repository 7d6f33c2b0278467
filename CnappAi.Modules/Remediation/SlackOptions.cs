namespace CnappAi.Modules.Remediation;

internal sealed class SlackOptions
{
    /// <summary><c>webhook</c> (incoming webhook) or <c>api</c> (<c>chat.postMessage</c> with a bot token).</summary>
    public string Mode { get; set; } = "api";
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";
    public string WebhookUrl { get; set; } = "";
    public string BotToken { get; set; } = "";
    public string Channel { get; set; } = "";
    public string SigningSecret { get; set; } = "";

    /// <summary>Where pending plans are posted with approve/reject buttons (needs the bot token); empty: not posted.</summary>
    public string ApprovalChannel { get; set; } = "";

    /// <summary>Slack user id to CnappAi user id, for approve/reject buttons.</summary>
    public Dictionary<string, string> Users { get; set; } = [];
}
