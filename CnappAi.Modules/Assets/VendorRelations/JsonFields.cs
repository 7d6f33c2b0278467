using System.Text.Json;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>Lenient reads of vendor JSON: names in any case, booleans as JSON or as the strings a webhook template renders.</summary>
internal static class JsonFields
{
    public static JsonElement? Object(JsonElement parent, string name) =>
        Find(parent, name) is { ValueKind: JsonValueKind.Object } found ? found : null;

    public static string? Text(JsonElement parent, string name) =>
        Find(parent, name) is { ValueKind: JsonValueKind.String } found && found.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public static bool IsTrue(JsonElement parent, string name) => Find(parent, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.String } text => string.Equals(text.GetString()?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static JsonElement? Find(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (parent.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in parent.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
