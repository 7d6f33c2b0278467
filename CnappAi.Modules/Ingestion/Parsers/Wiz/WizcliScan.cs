using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// The context every record of one <c>wizcli ... scan --format json</c> report shares: what was scanned, when,
/// and how a file path inside it becomes the finding's resource.
/// </summary>
internal sealed class WizcliScan(JsonElement root, string format, Func<string?, CanonicalResource?> resourceOf)
{
    public string Format { get; } = format;

    /// <summary><c>scanOriginResource.name</c>: the image reference, the scanned directory, or an IaC scan's label.</summary>
    public string? Target { get; } = root.Str("scanOriginResource.name")?.Trim();

    public DateTimeOffset? ScannedAt { get; } = root.Date("createdAt");

    public JsonElement Result { get; } = root.Get("result") ?? default;

    /// <summary>The resource of a finding at <paramref name="path"/> (null for findings about the whole target).</summary>
    public CanonicalResource ResourceOf(string? path) =>
        resourceOf(path) ?? throw new RecordRejectedException("record has no resource (scan target or file path)");

    /// <summary>A natural key: wizcli reports carry no finding ids, and the scan id changes on every run.</summary>
    public static string Key(params string?[] parts) => string.Join('|', parts.Select(p => p?.Trim() ?? string.Empty));
}
