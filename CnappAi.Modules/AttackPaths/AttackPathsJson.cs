using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnappAi.Modules.AttackPaths;

/// <summary>How stored views are serialized (enums by name, so stored rows stay readable).</summary>
internal static class AttackPathsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
