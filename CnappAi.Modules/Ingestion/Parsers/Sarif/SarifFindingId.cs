using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>
/// A stable id for a result. Every id starts with the tool name: all SARIF producers share the source "sarif",
/// and two tools' hashes must not meet by accident.
/// </summary>
internal static class SarifFindingId
{
    public static string Of(JsonElement result, string tool, string? ruleId, SarifLocation location, string? message)
    {
        // fingerprints identify the result on their own (SARIF 3.27.16).
        if (Pairs(result.Get("fingerprints")) is { } fingerprints)
        {
            return $"{tool}|{fingerprints}";
        }

        // partialFingerprints only contribute (3.27.17): CodeQL's line hash repeats across files, so rule and file join it.
        if (Pairs(result.Get("partialFingerprints")) is { } partial)
        {
            return $"{tool}|{ruleId}|{location.Uri}|{partial}";
        }

        // gitleaks 7 reports one secret once per commit that carries it, and tells them apart only by this property.
        var key = $"{tool}|{ruleId}|{location.Uri ?? location.LogicalName}|{location.StartLine}|{Digest(message)}";
        return result.Str("properties.commit") is { Length: > 0 } commit ? $"{key}|{commit}" : key;
    }

    /// <summary>The message part of a natural key: a digest, so that long messages keep the id short.</summary>
    public static string Digest(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>
    /// <c>name=value</c> pairs in name order. Values should be strings, but Black Duck nests them as
    /// <c>{"value": "..."}</c>, so an object's <c>value</c> is read too.
    /// </summary>
    private static string? Pairs(JsonElement? map)
    {
        if (map is not { ValueKind: JsonValueKind.Object } m)
        {
            return null;
        }

        var pairs = m.EnumerateObject()
            .Select(p => (p.Name, Value: JsonElementExtensions.AsString(p.Value) ?? p.Value.Str("value")))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}")
            .ToList();
        return pairs.Count == 0 ? null : string.Join('|', pairs);
    }
}
