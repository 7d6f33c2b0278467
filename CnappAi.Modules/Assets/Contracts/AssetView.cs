using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Contracts;

/// <summary>An asset of the inventory: its canonical resource, business context, where each context field came from, and its tags.</summary>
public sealed record AssetView(
    CanonicalResource Resource,
    AssetContext Context,
    IReadOnlyDictionary<string, ContextSource> ContextSources,
    IReadOnlyDictionary<string, string> Tags,
    DateTimeOffset FirstSeen,
    DateTimeOffset ContextChangedAt,
    string? ContextChangedBy);
