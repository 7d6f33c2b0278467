using System.Text.Json.Nodes;

namespace CnappAi.Tests.TestInfrastructure.OpenAiServer;

/// <summary>One request the fake server received: path, headers and the parsed chat-completions body.</summary>
internal sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public JsonArray Messages => Json["messages"]!.AsArray();

    public string? MessageContent(int index) => Content(Messages[index]!);

    public string Role(int index) => Messages[index]!["role"]!.GetValue<string>();

    public IReadOnlyList<string> ToolNames => Json["tools"] is JsonArray tools
        ? [.. tools.Select(t => t!["function"]!["name"]!.GetValue<string>())]
        : [];

    /// <summary>Message content whether sent as a string or as an array of text parts.</summary>
    public static string? Content(JsonNode message) => message["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => null,
    };
}
