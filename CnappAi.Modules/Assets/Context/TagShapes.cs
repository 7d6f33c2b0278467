using System.Text.Json;

namespace CnappAi.Modules.Assets.Context;

/// <summary>The shapes vendors use for a tag collection.</summary>
internal static class TagShapes
{
    private static readonly string[] KeyNames = ["key", "Key", "name", "Name", "tagKey", "TagKey"];
    private static readonly string[] ValueNames = ["value", "Value", "tagValue", "TagValue"];

    public static void Collect(JsonElement value, Dictionary<string, string> tags, int max)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var tag in value.EnumerateObject())
                {
                    Add(tags, tag.Name, tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString() : tag.Value.ToString(), max);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && Find(item, KeyNames) is { } key)
                    {
                        Add(tags, key, Find(item, ValueNames), max);
                    }
                    else if (item.ValueKind == JsonValueKind.String)
                    {
                        Pair(tags, item.GetString(), max);
                    }
                }

                break;
            case JsonValueKind.String:
                foreach (var pair in (value.GetString() ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
                {
                    Pair(tags, pair, max);
                }

                break;
        }
    }

    private static void Pair(Dictionary<string, string> tags, string? text, int max)
    {
        var separator = text?.IndexOfAny(['=', ':', '|']) ?? -1;
        if (separator > 0)
        {
            Add(tags, text![..separator], text[(separator + 1)..], max);
        }
    }

    private static string? Find(JsonElement item, string[] names)
    {
        foreach (var name in names)
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, string> tags, string key, string? value, int max)
    {
        key = key.Trim();
        if (tags.Count < max && key.Length is > 0 and <= 128 && value is { Length: <= 256 })
        {
            tags.TryAdd(key, value.Trim());
        }
    }
}
