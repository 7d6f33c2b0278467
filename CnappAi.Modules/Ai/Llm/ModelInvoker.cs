using System.Globalization;
using System.Net;
using System.Text.Json;
using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Guardrails;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace CnappAi.Modules.Ai.Llm;

/// <summary>
/// Runs one model exchange through Semantic Kernel: system and user messages, JSON output, function calling limited to
/// the allow-list, a timeout, then parse and validate. An invalid reply gets one retry with the validation errors;
/// errors, 429s, timeouts and a second invalid reply come back as a failure for the caller to fall back on.
/// Function calls are invoked here rather than by SK's auto-invoke loop, so a call outside the allow-list is refused
/// before anything runs and the number of lookup rounds is bounded.
/// </summary>
internal sealed class ModelInvoker(KernelFactory kernels, IOptions<AiOptions> options)
{
    private const int MaxFunctionRounds = 4;

    public async Task<ModelOutcome<T>> InvokeAsync<T>(ModelRequest<T> request, CancellationToken ct)
        where T : class
    {
        var o = options.Value;
        var history = new ChatHistory();
        history.AddSystemMessage(request.Template.System);
        history.AddUserMessage(request.Template.Render(request.Data.Block));
        ModelSession? session = null;
        var attempts = 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.TimeoutSeconds));
        try
        {
            session = await kernels.CreateAsync(request.Allowed, timeout.Token).ConfigureAwait(false);
            var chat = session.Kernel.GetRequiredService<IChatCompletionService>();
            var settings = Settings(o, session);
            var rounds = 0;
            var answers = 0;
            while (true)
            {
                attempts++;
                var reply = await chat.GetChatMessageContentAsync(history, settings, session.Kernel, timeout.Token).ConfigureAwait(false);
                history.Add(reply);
                var calls = FunctionCallContent.GetFunctionCalls(reply).ToList();
                if (calls.Count > 0)
                {
                    if (++rounds > MaxFunctionRounds)
                    {
                        return Outcome<T>(null, $"the model kept calling functions after {MaxFunctionRounds} rounds", history, session, attempts);
                    }

                    await InvokeAsync(calls, session, history, timeout.Token).ConfigureAwait(false);
                    continue;
                }

                var (output, errors) = Check(reply.Content, request, session);
                if (errors.Count == 0)
                {
                    return Outcome(output, null, history, session, attempts);
                }

                if (++answers >= 2)
                {
                    return Outcome<T>(null, $"model output failed validation twice: {string.Join("; ", errors)}", history, session, attempts);
                }

                history.AddUserMessage($"Your reply was rejected: {string.Join("; ", errors)}. Reply again with only the corrected JSON object.");
            }
        }
        catch (Exception ex) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested && ex is OperationCanceledException or HttpOperationException or HttpRequestException)
        {
            return Outcome<T>(null, $"timed out after {o.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s", history, session, attempts);
        }
        catch (HttpOperationException ex)
        {
            var reason = ex.StatusCode == HttpStatusCode.TooManyRequests
                ? "rate limited by the provider (429)"
                : $"provider error {(ex.StatusCode is { } code ? (int)code : 0)}: {Short(ex.Message)}";
            return Outcome<T>(null, reason, history, session, attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
        {
            return Outcome<T>(null, $"model call failed: {Short(ex.Message)}", history, session, attempts);
        }
    }

    private static OpenAIPromptExecutionSettings Settings(AiOptions o, ModelSession session) => new()
    {
        MaxTokens = o.MaxOutputTokens,
        Temperature = o.Temperature,
        ResponseFormat = "json_object",
        FunctionChoiceBehavior = session.Allowed.Count == 0
            ? null
            : FunctionChoiceBehavior.Auto([.. session.Kernel.Plugins.SelectMany(p => p).Where(f => session.Allowed.Contains($"{f.PluginName}-{f.Name}"))], autoInvoke: false),
    };

    private static async Task InvokeAsync(List<FunctionCallContent> calls, ModelSession session, ChatHistory history, CancellationToken ct)
    {
        foreach (var call in calls)
        {
            var name = string.IsNullOrEmpty(call.PluginName) ? call.FunctionName : $"{call.PluginName}-{call.FunctionName}";
            if (!session.Allowed.Contains(name) || !session.Kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out _))
            {
                session.Calls.Refuse(name, string.Join(", ", call.Arguments?.Select(a => $"{a.Key}={a.Value}") ?? []));
                history.Add(new FunctionResultContent(call, "refused: this function is not available to you").ToChatMessage());
                continue;
            }

            // The allow-list filter runs again inside the kernel: a second, independent gate.
            var result = await call.InvokeAsync(session.Kernel, ct).ConfigureAwait(false);
            history.Add(result.ToChatMessage());
        }
    }

    private static (T? Output, IReadOnlyList<string> Errors) Check<T>(string? content, ModelRequest<T> request, ModelSession session)
        where T : class
    {
        T? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<T>(StripFences(content), JsonOptions.Model);
        }
        catch (JsonException ex)
        {
            return (null, [$"the reply is not valid JSON ({Short(ex.Message)})"]);
        }

        if (parsed is null)
        {
            return (null, ["the reply is empty"]);
        }

        var completed = request.Complete is null ? parsed : request.Complete(parsed, session);
        var result = request.Validator(session).Validate(completed);
        return result.IsValid ? (completed, []) : (null, [.. result.Errors.Select(e => e.ErrorMessage).Distinct().Take(10)]);
    }

    private static string StripFences(string? content)
    {
        var text = (content ?? "").Trim();
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
            text = firstLine < 0 ? "" : text[(firstLine + 1)..];
            var end = text.LastIndexOf("```", StringComparison.Ordinal);
            text = end < 0 ? text : text[..end];
        }

        return text.Trim();
    }

    private static ModelOutcome<T> Outcome<T>(T? output, string? failure, ChatHistory history, ModelSession? session, int attempts)
        where T : class
    {
        var secrets = session?.ApiKey is { } key ? [key] : Array.Empty<string>();
        var transcript = ChatTranscript.Render(history, secrets);
        var last = history.LastOrDefault(m => m.Role == AuthorRole.Assistant)?.Content;
        var (input, outputTokens) = ChatTranscript.Tokens(history);
        return new ModelOutcome<T>(output, failure, transcript, last is null ? null : SecretRedactor.Redact(last, secrets), input, outputTokens, attempts, session?.Calls.Calls ?? []);
    }

    private static string Short(string message) => message.Length <= 300 ? message : message[..300] + "…";
}
