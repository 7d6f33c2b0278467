using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>Creates the rendered risk acceptance through the risk module, unless one carrying the idempotency key is active.</summary>
internal sealed class SuppressExecutor(IRiskFacade risk) : IActionExecutor
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.SuppressFinding];

    public bool CanLookUp => true;

    public async Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct)
    {
        var active = await risk.GetExceptionsAsync(includeInactive: false, ct).ConfigureAwait(false);
        return active.FirstOrDefault(e => e.Reason.Contains(target.IdempotencyKey, StringComparison.Ordinal)) is { } found
            ? new ExternalObject(found.Id.ToString(), found.Id.ToString(), null)
            : null;
    }

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var body = JsonNode.Parse(target.Requests[0].Body!)!;
        var request = new CreateExceptionRequest(
            ExceptionKind.Acceptance,
            body["owner"]!.GetValue<string>(),
            body["reason"]!.GetValue<string>(),
            DateTimeOffset.Parse(body["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            target.RequestedBy)
        {
            ClusterId = body["clusterId"]!.GetValue<string>(),
        };
        var created = await risk.CreateExceptionAsync(request, ct).ConfigureAwait(false);
        return new ExternalObject(created.Id.ToString(), created.Id.ToString(), null);
    }
}
