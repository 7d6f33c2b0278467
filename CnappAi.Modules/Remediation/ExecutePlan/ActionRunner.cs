using CnappAi.Modules.Remediation.Executors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.ExecutePlan;

/// <summary>
/// Runs one action at most once remotely: look up by idempotency key, create when absent, and after an ambiguous
/// failure (timeout, 5xx, lost answer) look up again before another create.
/// </summary>
internal sealed class ActionRunner(IEnumerable<IActionExecutor> executors, IOptions<RemediationOptions> options, ILogger<ActionRunner> logger)
{
    public async Task<ActionRun> RunAsync(ExecutionTarget target, CancellationToken ct)
    {
        var executor = executors.First(e => e.Types.Contains(target.Type));
        string? lastError = null;
        var attempts = 0;
        while (attempts < options.Value.MaxAttempts)
        {
            attempts++;
            try
            {
                if (await executor.FindAsync(target, ct).ConfigureAwait(false) is { } existing)
                {
                    return new ActionRun(existing, null, attempts, Reused: true);
                }

                return new ActionRun(await executor.CreateAsync(target, ct).ConfigureAwait(false), null, attempts, Reused: false);
            }
            catch (VendorCallException ex)
            {
                lastError = ex.Message;
                logger.LogWarning("Action {ActionId} ({Type}) attempt {Attempt} failed: {Error}", target.ActionId, target.Type, attempts, ex.Message);
                if (!ex.Ambiguous)
                {
                    break;
                }

                if (!executor.CanLookUp)
                {
                    lastError = $"{ex.Message} (not sent again: it may have been delivered and cannot be looked up)";
                    break;
                }
            }
        }

        return new ActionRun(null, lastError ?? "failed", attempts, Reused: false);
    }
}

internal sealed record ActionRun(ExternalObject? Result, string? Error, int Attempts, bool Reused);
