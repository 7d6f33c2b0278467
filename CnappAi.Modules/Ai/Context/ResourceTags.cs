using System.Text.Json;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Finds the tags or labels a vendor copied into its raw record: an object (<c>"Tags": {"owner": "x"}</c>), a list of
/// key/value pairs (<c>[{"key": "owner", "value": "x"}]</c>) or a <c>k=v;k=v</c> string, at any depth.
/// </summary>
internal static class ResourceTags
{
    private static readonly HashSet<string> TagProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "tags", "labels", "resourceTags", "resource_tags", "userLabels", "cloudTags", "tagsList",
    };

    public static IReadOnlyDictionary<string, string> Read(string? rawRecord)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(rawRecord))
        {
            return tags;
        }

        try
        {
            using var document = JsonDocument.Parse(rawRecord);
            Walk(document.RootElement, tags, depth: 0);
        }
        catch (JsonException)
        {
            // A raw record that is not JSON carries no tags we can read.
        }

        return tags;
    }

    private static void Walk(JsonElement element, Dictionary<string, string> tags, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, tags, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (TagProperties.Contains(property.Name))
            {
                Collect(property.Value, tags);
            }
            else
            {
                Walk(property.Value, tags, depth + 1);
            }
        }
    }

    private static void Collect(JsonElement value, Dictionary<string, string> tags)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var tag in value.EnumerateObject())
                {
                    if (tag.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    {
                        tags.TryAdd(tag.Name, tag.Value.ToString());
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var pair in value.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
                {
                    if (Text(pair, "key", "Key", "name", "Name") is { } key && Text(pair, "value", "Value") is { } text)
                    {
                        tags.TryAdd(key, text);
                    }
                }

                break;
            case JsonValueKind.String:
                foreach (var part in value.GetString()!.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var at = part.IndexOfAny(['=', ':']);
                    if (at > 0)
                    {
                        tags.TryAdd(part[..at].Trim(), part[(at + 1)..].Trim());
                    }
                }

                break;
        }
    }

    private static string? Text(JsonElement pair, params string[] names)
    {
        foreach (var name in names)
        {
            if (pair.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
