using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.IacGate.Fixes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Reads where a failed check points from the scanner's record kept on the observation: Checkov's
/// <c>file_path</c>, <c>file_line_range</c>, <c>resource</c> and <c>code_block</c>; SARIF's first location, its
/// region snippet, logical location, fingerprints and suppressions. The SARIF file itself is parsed only by the
/// ingestion parser; this looks inside the one result it handed over.
/// </summary>
internal static class RawRecordLocator
{
    public static ScannedCheck Locate(NormalizedObservation observation)
    {
        using var raw = JsonDocument.Parse(observation.RawRecord);
        var record = raw.RootElement;
        return observation.Source == "checkov" ? Checkov(observation, record) : Sarif(observation, record);
    }

    private static ScannedCheck Checkov(NormalizedObservation o, JsonElement check)
    {
        var file = ScanPaths.Normalize(Str(check, "file_path") ?? Str(check, "repo_file_path") ?? ScanPaths.FromResourceUid(o.Resource?.Uid ?? string.Empty));
        // Checkov reports [0, 0] for checks on a whole file (Dockerfiles): no line to point at.
        var range = Items(check, "file_line_range").Select(Int).Select(l => l > 0 ? l : null).ToList();
        var snippet = Items(check, "code_block")
            .Where(l => l.ValueKind == JsonValueKind.Array && l.GetArrayLength() == 2)
            .Select(l => (l[1].GetString() ?? string.Empty).TrimEnd('\r', '\n'))
            .ToList();
        var suppression = check.TryGetProperty("check_result", out var result) ? Str(result, "suppress_comment") : null;
        return Build(o, "checkov", file, range.ElementAtOrDefault(0), range.ElementAtOrDefault(1), Str(check, "resource"), snippet, null,
            suppression, Str(check, "guideline"));
    }

    private static ScannedCheck Sarif(NormalizedObservation o, JsonElement result)
    {
        var location = Items(result, "locations").FirstOrDefault();
        var physical = Prop(location, "physicalLocation");
        var region = Prop(physical, "region");
        var uri = Str(Prop(physical, "artifactLocation"), "uri");
        var file = ScanPaths.Normalize(uri ?? ScanPaths.FromResourceUid(o.Resource?.Uid ?? string.Empty));
        var snippetText = Str(Prop(region, "snippet"), "text") ?? Str(Prop(Prop(physical, "contextRegion"), "snippet"), "text");
        var snippet = snippetText is null ? [] : snippetText.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var logical = Items(location, "logicalLocations").Select(l => Str(l, "fullyQualifiedName") ?? Str(l, "name")).FirstOrDefault(n => n is not null);
        var suppression = Items(result, "suppressions").Select(s => Str(s, "justification")).FirstOrDefault(j => j is not null);
        var start = Int(Prop(region, "startLine"));
        var tool = o.SourceFindingId.Split('|')[0];
        return Build(o, tool, file, start, Int(Prop(region, "endLine")) ?? start, logical, snippet, Fingerprints(result),
            suppression, HelpOf(o.Description));
    }

    private static ScannedCheck Build(
        NormalizedObservation o, string tool, string file, int? start, int? end, string? address, IReadOnlyList<string> snippet,
        string? fingerprint, string? suppression, string? help)
    {
        var parsed = TerraformAddress.Parse(address);
        if (parsed is null && snippet.Count > 0 && new HclDocument(snippet) is { ResourceType: { } type, ResourceName: { } name })
        {
            parsed = (type, name);
        }

        return new ScannedCheck(
            o, tool, o.RuleId ?? o.Title, file, start, end,
            parsed is { } p ? $"{p.Type}.{p.Name}" : null, parsed?.Type, parsed?.Name,
            snippet, fingerprint, SnippetLanguage.Of(file), suppression, help);
    }

    private static string? Fingerprints(JsonElement result)
    {
        foreach (var name in new[] { "fingerprints", "partialFingerprints" })
        {
            if (Prop(result, name) is { ValueKind: JsonValueKind.Object } map)
            {
                var pairs = map.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value}").ToList();
                if (pairs.Count > 0)
                {
                    return SnippetDigest.Hash(string.Join('|', pairs));
                }
            }
        }

        return null;
    }

    private static string? HelpOf(string? description) =>
        description?.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith("Help: ", StringComparison.Ordinal))?["Help: ".Length..]
            .Split(' ').FirstOrDefault(w => w.StartsWith("http", StringComparison.OrdinalIgnoreCase));

    private static JsonElement? Prop(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Str(JsonElement? element, string name) =>
        Prop(element, name) is { } v ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;

    private static JsonElement[] Items(JsonElement? element, string name) =>
        Prop(element, name) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];

    private static int? Int(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    private static int? Int(JsonElement element) => Int((JsonElement?)element);
}
