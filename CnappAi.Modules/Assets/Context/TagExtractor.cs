using System.Text.Json;

namespace CnappAi.Modules.Assets.Context;

/// <summary>
/// Finds resource tags and internet-exposure flags in a vendor's raw record, whatever its layout: tag maps
/// (<c>"tags": {"owner": "payments"}</c>, ASFF <c>Resources[].Tags</c>, GCP <c>labels</c>), key/value lists
/// (<c>[{"key": "owner", "value": "payments"}]</c>), and <c>key=value</c> / <c>key:value</c> strings. Bounded in depth
/// and size so a hostile record cannot make it expensive; malformed JSON yields nothing.
/// </summary>
internal static class TagExtractor
{
    private const int MaxDepth = 8;
    private const int MaxTags = 200;
    private static readonly string[] TagProperties = ["tags", "labels", "resourcetags", "usertags", "tags_info_list", "resource_tags", "systemtags"];
    private static readonly string[] ExposureProperties = ["haswideinternetexposure", "hasLimitedInternetExposure", "internetexposure", "lw_internetexposure", "internet_facing", "isinternetfacing", "is_internet_facing", "internetfacing"];

    /// <summary>Markers that make a record worth parsing for exposure; checked with a fast substring search first.</summary>
    public static readonly string[] ExposureMarkers = ["nternetExposure", "nternet_facing", "nternetFacing", "nternetfacing"];

    public static (Dictionary<string, string> Tags, bool? InternetFacing) Read(string? raw)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool? exposed = null;
        if (string.IsNullOrEmpty(raw) || raw.Length > 4 * 1024 * 1024)
        {
            return (tags, exposed);
        }

        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
            Walk(document.RootElement, 0, tags, ref exposed);
        }
        catch (JsonException)
        {
            // A record that is not JSON (it was read from CSV into JSON already) simply has no tags.
        }

        return (tags, exposed);
    }

    private static void Walk(JsonElement element, int depth, Dictionary<string, string> tags, ref bool? exposed)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, depth + 1, tags, ref exposed);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (TagProperties.Any(p => name.Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                TagShapes.Collect(property.Value, tags, MaxTags);
            }
            else if (ExposureProperties.Any(p => name.Equals(p, StringComparison.OrdinalIgnoreCase)) && Exposure(property.Value) is { } flag)
            {
                exposed = (exposed ?? false) || flag;
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Walk(property.Value, depth + 1, tags, ref exposed);
            }
        }
    }

    private static bool? Exposure(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() switch
        {
            "true" or "exposed" or "internetexposed" or "public" or "yes" => true,
            "false" or "notexposed" or "internal" or "no" => false,
            _ => null,
        },
        _ => null,
    };
}
