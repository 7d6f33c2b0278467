using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>The stored action an executor sends: its rendered requests, idempotency key and who asked for it.</summary>
internal sealed record ExecutionTarget(Guid PlanId, Guid ActionId, ActionType Type, string IdempotencyKey, IReadOnlyList<RenderedRequest> Requests, string RequestedBy);

/// <summary>What exists remotely after an action ran: a ticket key, a pull request, a message timestamp.</summary>
internal sealed record ExternalObject(string Key, string? Id, string? Url);

/// <summary>A remote ticket's state for the status sync.</summary>
internal sealed record TicketState(string Status, bool Done);
