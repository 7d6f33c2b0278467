using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Data;

/// <summary>One rendered action of a plan (table <c>remediation_actions</c>) with its execution result.</summary>
internal sealed class RemediationAction
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Ordinal { get; set; }
    public ActionType Type { get; set; }
    public GovernanceMode Mode { get; set; }
    public required string Summary { get; set; }
    public required string Preview { get; set; }

    /// <summary>The <see cref="RenderedRequest"/> list as JSON.</summary>
    public required string RequestsJson { get; set; }

    public required string Hash { get; set; }
    public required string IdempotencyKey { get; set; }
    public ActionStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? ExternalKey { get; set; }
    public string? ExternalId { get; set; }
    public string? ExternalUrl { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? ExecutedAt { get; set; }
    public string? TicketStatus { get; set; }
    public DateTimeOffset? TicketStatusAt { get; set; }
}
