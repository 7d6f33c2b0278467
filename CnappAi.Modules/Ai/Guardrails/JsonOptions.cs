using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>The JSON shape exchanged with the model (snake_case, enums as strings) and stored as output.</summary>
internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Model = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
