using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Reading helpers for the shapes Prowler outputs share: empty strings for "none", compliance maps, list cells.</summary>
internal static partial class ProwlerValues
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A JSON string or array of strings (Prowler moved several fields from one to the other).</summary>
    public static IReadOnlyList<string> Strings(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => Clean(JsonElementExtensions.AsString(e))).OfType<string>()],
        { } single when Clean(JsonElementExtensions.AsString(single)) is { } text => [text],
        _ => [],
    };

    /// <summary>A CSV list cell: <c>a | b</c> or <c>a, b</c>.</summary>
    public static IReadOnlyList<string> Split(string? cell) =>
        Clean(cell) is { } text ? [.. text.Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    /// <summary>v3 JSON <c>Compliance</c> and OCSF <c>unmapped.compliance</c>: <c>{"CIS-1.5": ["1.20"]}</c> → <c>CIS-1.5: 1.20</c>.</summary>
    public static IReadOnlyList<string> ComplianceFromObject(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } map
            ? [.. map.EnumerateObject().SelectMany(p => Strings(p.Value).Select(control => $"{p.Name}: {control}"))]
            : [];

    /// <summary>v3+ CSV <c>COMPLIANCE</c>: <c>CIS-1.4: 1.20 | KISA-ISMS-P-2023: 2.5.6, 2.6.4</c>, one entry per control.</summary>
    public static IReadOnlyList<string> ComplianceFromText(string? cell)
    {
        if (Clean(cell) is not { } text)
        {
            return [];
        }

        return [.. text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(Controls)];
    }

    /// <summary>The provider segment of <c>prowler-{provider}-…</c>.</summary>
    public static string? ProviderFromUid(string? uid) =>
        uid is not null && UidPrefix().Match(uid) is { Success: true } match ? match.Groups["provider"].Value : null;

    /// <summary>Kubernetes outputs put <c>namespace: kube-system</c> where clouds put the region.</summary>
    public static string? Namespace(string? region) =>
        Clean(region) is { } text && text.StartsWith("namespace:", StringComparison.OrdinalIgnoreCase) ? Clean(text["namespace:".Length..]) : null;

    private static IEnumerable<string> Controls(string framework)
    {
        var colon = framework.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return [framework];
        }

        var name = framework[..colon].Trim();
        return framework[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(control => $"{name}: {control}");
    }

    [GeneratedRegex(@"^prowler-(?<provider>[a-z0-9]+)-", RegexOptions.CultureInvariant)]
    private static partial Regex UidPrefix();
}
