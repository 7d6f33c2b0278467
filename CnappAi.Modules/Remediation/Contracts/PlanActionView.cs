namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>One fully rendered action: <see cref="Preview"/> is the ticket text or diff a person reads, <see cref="Requests"/> what is sent.</summary>
public sealed record PlanActionView(
    Guid Id,
    int Order,
    ActionType Type,
    GovernanceMode Mode,
    string Summary,
    string Preview,
    IReadOnlyList<RenderedRequest> Requests,
    string Hash,
    string IdempotencyKey,
    ActionStatus Status,
    int Attempts,
    string? ExternalKey,
    string? ExternalUrl,
    string? Error,
    DateTimeOffset? ExecutedAt,
    string? TicketStatus);
