namespace CnappAi.Modules.Remediation.Data;

/// <summary>A verified Slack request's signature (table <c>remediation_slack_requests</c>): a second delivery is a replay.</summary>
internal sealed class SlackRequestSeen
{
    public required string Signature { get; set; }
    public long Timestamp { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
