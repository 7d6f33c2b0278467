using System.Text.Json.Nodes;

namespace CnappAi.Tests.TestInfrastructure.OpenAiServer;

/// <summary>What the fake server answers to one request, in the OpenAI chat-completions wire format.</summary>
internal sealed record ScriptedReply(int Status, string Body, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>An assistant message whose content is <paramref name="content"/> (typically the JSON the agent asked for).</summary>
    public static ScriptedReply Content(string content, int promptTokens = 120, int completionTokens = 40) =>
        new(200, Completion(new JsonObject { ["role"] = "assistant", ["content"] = content }, "stop", promptTokens, completionTokens));

    public static ScriptedReply Json(object value) => Content(System.Text.Json.JsonSerializer.Serialize(value));

    /// <summary>An assistant message asking for one function call, named as SK advertises it (<c>plugin-function</c>).</summary>
    public static ScriptedReply ToolCall(string function, object arguments, string id = "call_1") => new(200, Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray(new JsonObject
        {
            ["id"] = id,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = function, ["arguments"] = System.Text.Json.JsonSerializer.Serialize(arguments) },
        }),
    }, "tool_calls", 150, 20));

    public static ScriptedReply Error(int status, string message, int? retryAfterSeconds = null) => new(status,
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "test_error" } }.ToJsonString(),
        Headers: retryAfterSeconds is { } s ? new Dictionary<string, string> { ["Retry-After"] = s.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null);

    public ScriptedReply After(TimeSpan delay) => this with { Delay = delay };

    private static string Completion(JsonObject message, string finishReason, int promptTokens, int completionTokens) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "loopback-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
    }.ToJsonString();
}
