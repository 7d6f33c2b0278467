using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>
/// Untrusted data for a prompt: redacted, each string capped, serialised as JSON with HTML-sensitive characters
/// escaped (so the data can never contain a literal closing delimiter), wrapped in <c>&lt;data&gt;</c> tags, and cut
/// to the overall cap. The system prompt tells the model that everything inside the tags is data, never instructions.
/// </summary>
internal sealed class PromptData
{
    public const string Open = "<data>";
    public const string Close = "</data>";
    private const int FieldCap = 2000;

    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder escapes <, >, &, ' and non-ASCII: a planted "</data>" arrives as \u003C/data\u003E.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    private PromptData(string json, bool truncated)
    {
        Payload = json;
        Truncated = truncated;
    }

    /// <summary>The redacted, escaped JSON inside the delimiters.</summary>
    public string Payload { get; }

    public bool Truncated { get; }

    public string Block => $"{Open}\n{Payload}\n{Close}";

    public static PromptData From(object value, int maxChars, IEnumerable<string>? knownSecrets = null)
    {
        var node = JsonSerializer.SerializeToNode(value, JsonOptions.Model) ?? new JsonObject();
        var secrets = knownSecrets?.ToList() ?? [];
        Scrub(node, secrets);
        var json = node.ToJsonString(Json);
        if (json.Length <= maxChars)
        {
            return new PromptData(json, truncated: false);
        }

        // Cut on the serialised text, then re-escape as one string so the block stays valid JSON.
        var cut = JsonSerializer.Serialize(new { truncated = json[..maxChars] }, Json);
        return new PromptData(cut, truncated: true);
    }

    private static void Scrub(JsonNode node, List<string> secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        obj[key] = Clean(s, secrets);
                    }
                    else if (child is not null)
                    {
                        Scrub(child, secrets);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        array[i] = Clean(s, secrets);
                    }
                    else if (array[i] is { } child)
                    {
                        Scrub(child, secrets);
                    }
                }

                break;
        }
    }

    private static string Clean(string value, List<string> secrets)
    {
        var redacted = SecretRedactor.Redact(value, secrets);
        return redacted.Length <= FieldCap ? redacted : redacted[..FieldCap] + " …[cut]";
    }
}
