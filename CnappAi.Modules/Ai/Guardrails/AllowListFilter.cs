using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>
/// The hard gate on function calling: a function not on the allow-list is never invoked; the model gets a refusal
/// as the function's result and the refusal is logged and kept in the output's provenance.
/// </summary>
internal sealed class AllowListFilter(IReadOnlySet<string> allowed, FunctionCallLog log, ILogger logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var name = $"{context.Function.PluginName}-{context.Function.Name}";
        var arguments = string.Join(", ", context.Arguments.Select(a => $"{a.Key}={Short(a.Value?.ToString())}"));
        if (!allowed.Contains(name))
        {
            log.Refuse(name, arguments);
            logger.LogWarning("AI function call refused: {Function} is not on the allow-list", name);
            context.Result = new FunctionResult(context.Function, "refused: this function is not available to you");
            return;
        }

        log.Allowed(name, arguments);
        await next(context).ConfigureAwait(false);
    }

    private static string Short(string? value)
    {
        var text = SecretRedactor.Redact(value);
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}
