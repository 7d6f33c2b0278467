using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;

namespace CnappAi.Modules.Assets.Context;

/// <summary>An asset as the cache keeps it: its context, its tags and whether its tags were already read.</summary>
internal sealed record CachedAsset(AssetContext Context, IReadOnlyDictionary<string, string>? Tags, bool TagsScanned)
{
    public static CachedAsset Of(AssetRecord r) => new(AssetMapping.ContextOf(r), AssetMapping.TagsOf(r), r.TagsScanned);
}
