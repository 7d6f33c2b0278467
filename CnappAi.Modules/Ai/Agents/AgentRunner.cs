using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Evaluation;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Llm;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>
/// Runs an agent function: the model when one is configured and the function is not switched off, the rule engine
/// otherwise or when the model fails; then stores the output with its provenance and returns it labelled by engine.
/// </summary>
internal sealed class AgentRunner(
    IOptions<AiOptions> options,
    ModelInvoker model,
    KernelFactory kernels,
    FunctionSwitch switches,
    OutputStore store,
    TimeProvider clock)
{
    public async Task<AiResult<T>> RunAsync<T>(AgentCall<T> call, CancellationToken ct)
        where T : class
    {
        var started = clock.GetTimestamp();
        var o = options.Value;
        var data = PromptData.From(call.PromptInput, o.MaxInputChars);
        ModelOutcome<T>? outcome = null;
        string? fallback = null;
        if (o.ModelConfigured)
        {
            var setting = await switches.GetAsync(call.Function, ct).ConfigureAwait(false);
            if (setting is { ModelAllowed: false })
            {
                fallback = $"model switched off for this function: {setting.Reason}";
            }
            else
            {
                outcome = await model.InvokeAsync(new ModelRequest<T>(call.Template, data, call.Allowed, call.Validator, call.Complete), ct).ConfigureAwait(false);
                fallback = outcome.Succeeded ? null : outcome.FailureReason;
            }
        }

        var useModel = outcome is { Succeeded: true };
        var output = useModel ? outcome!.Output! : await call.Rules(ct).ConfigureAwait(false);
        var (provider, modelName) = kernels.Describe();
        var provenance = new AiProvenance
        {
            Engine = useModel ? AiEngines.Model : AiEngines.RuleBased,
            TemplateId = call.Template.Id,
            TemplateVersion = call.Template.Version,
            RuleSet = useModel ? null : call.RuleSet,
            Provider = outcome is null ? null : provider,
            Model = outcome is null ? null : modelName,
            Parameters = Parameters(o, outcome is not null, data.Truncated),
            InputFindingIds = call.InputFindingIds,
            Prompt = outcome?.Prompt ?? data.Block,
            Response = outcome is null ? JsonSerializer.Serialize(output, JsonOptions.Model) : outcome.Response,
            PromptTokens = outcome?.PromptTokens,
            CompletionTokens = outcome?.CompletionTokens,
            LatencyMs = (long)clock.GetElapsedTime(started).TotalMilliseconds,
            Attempts = outcome?.Attempts ?? 0,
            FallbackReason = fallback,
            FunctionCalls = outcome?.FunctionCalls ?? [],
            CreatedAt = clock.GetUtcNow(),
        };
        var result = new AiResult<T>(Guid.CreateVersion7(clock.GetUtcNow()), call.Function, provenance.Engine, output, provenance);
        await store.SaveAsync(result, call.Subject, ct).ConfigureAwait(false);
        return result;
    }

    private static Dictionary<string, string> Parameters(AiOptions o, bool modelCalled, bool truncated)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["max_input_chars"] = o.MaxInputChars.ToString(CultureInfo.InvariantCulture),
            ["input_truncated"] = truncated ? "true" : "false",
        };
        if (modelCalled)
        {
            parameters["temperature"] = o.Temperature.ToString(CultureInfo.InvariantCulture);
            parameters["max_output_tokens"] = o.MaxOutputTokens.ToString(CultureInfo.InvariantCulture);
            parameters["timeout_seconds"] = o.TimeoutSeconds.ToString(CultureInfo.InvariantCulture);
            parameters["response_format"] = "json_object";
        }

        return parameters;
    }
}
