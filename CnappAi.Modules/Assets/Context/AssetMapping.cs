using System.Text.Json;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Context;

/// <summary>Copies between the stored asset and the public shapes.</summary>
internal static class AssetMapping
{
    public static AssetContext ContextOf(AssetRecord r) => new(
        r.Team, r.Environment, r.Application, r.DataClassification, r.DataSensitivity, r.Criticality, r.InternetFacing, r.CrownJewel, r.OwnerContact);

    public static AssetView ViewOf(AssetRecord r) => new(
        new CanonicalResource(r.Uid, r.Provider, r.Account, r.Region, r.Type, r.Class, r.Name),
        ContextOf(r),
        ContextLayers.Parse(r.ContextSources),
        TagsOf(r) ?? new Dictionary<string, string>(),
        r.FirstSeen,
        r.ContextChangedAt,
        r.ContextChangedBy);

    public static IReadOnlyDictionary<string, string>? TagsOf(AssetRecord r) =>
        r.TagsJson is null ? null : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(r.TagsJson) ?? [], StringComparer.OrdinalIgnoreCase);

    public static AssetRecord NewRecord(CanonicalResource resource, DateTimeOffset now) => new()
    {
        Uid = resource.Uid,
        Provider = resource.Provider,
        Account = resource.Account,
        Region = resource.Region,
        Type = resource.Type,
        Class = resource.Class,
        Name = resource.Name,
        FirstSeen = now,
        ContextChangedAt = now,
    };
}
