using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>Sends one action type. <see cref="FindAsync"/> looks the object up by its idempotency key before creating it.</summary>
internal interface IActionExecutor
{
    IReadOnlyList<ActionType> Types { get; }

    /// <summary>False when the API offers no look-up, so an ambiguous failure is not retried (at most once).</summary>
    bool CanLookUp { get; }

    Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct);

    Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct);
}

/// <summary>An executor whose tickets can be read back for the status sync.</summary>
internal interface ITicketReader
{
    IReadOnlyList<ActionType> Types { get; }

    Task<TicketState> ReadAsync(ActionType type, ExternalObject ticket, CancellationToken ct);
}
