using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace CnappAi.Tests.Security.BadInput;

/// <summary>Rewrites a valid export with other values in its string fields, keeping its structure (JSON, NDJSON or CSV).</summary>
internal sealed class Mutations
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };
    private readonly string _text;

    private Mutations(string path)
    {
        _text = File.ReadAllText(path);
        Extension = Path.GetExtension(path) is { Length: > 0 } e ? e : ".json";
        Kind = IsJson(_text) ? Layout.Json : _text.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(IsJson) ? Layout.Ndjson : Layout.Csv;
    }

    public enum Layout
    {
        Json,
        Ndjson,
        Csv,
    }

    public Layout Kind { get; }

    public string Extension { get; }

    public static Mutations Of(string path) => new(path);

    /// <summary>How many string fields the export has (values only; property names and the CSV header stay).</summary>
    public int StringFields()
    {
        var count = 0;
        Rewrite(_ => { count++; return "x"; });
        return count;
    }

    /// <summary>The export with the n-th string field replaced by <paramref name="replace"/>(n).</summary>
    public string Rewrite(Func<int, string> replace)
    {
        var n = 0;
        string Next() => replace(n++);
        return Kind switch
        {
            Layout.Json => RewriteJson(JsonNode.Parse(_text), Next)!.ToJsonString(Compact),
            Layout.Ndjson => string.Join('\n', _text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => RewriteJson(JsonNode.Parse(l), Next)!.ToJsonString(Compact))),
            _ => RewriteCsv(Next),
        };
    }

    private static JsonNode? RewriteJson(JsonNode? node, Func<string> next)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    o[key] = RewriteJson(o[key]?.DeepClone(), next);
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = RewriteJson(a[i]?.DeepClone(), next);
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(next());
            default:
                return node;
        }
    }

    private string RewriteCsv(Func<string> next)
    {
        using var reader = new CsvReader(new StringReader(_text), CultureInfo.InvariantCulture);
        var output = new StringBuilder();
        using var writer = new CsvWriter(new StringWriter(output), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        foreach (var name in reader.HeaderRecord!)
        {
            writer.WriteField(name);
        }

        writer.NextRecord();
        while (reader.Read())
        {
            for (var i = 0; i < reader.Parser.Count; i++)
            {
                writer.WriteField(next());
            }

            writer.NextRecord();
        }

        writer.Flush();
        return output.ToString();
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
