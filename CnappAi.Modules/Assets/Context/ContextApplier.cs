using System.Text.Json;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;

namespace CnappAi.Modules.Assets.Context;

/// <summary>Applies tags or a CMDB row to an asset, respecting source precedence, and re-evaluates its crown-jewel flag.</summary>
internal sealed class ContextApplier(TagKeys keys, CrownJewels crownJewels)
{
    public bool ApplyTags(AssetRecord asset, IReadOnlyDictionary<string, string> tags, ContextSource source)
    {
        var changed = false;
        if (tags.Count > 0 && source == ContextSource.Tags)
        {
            var merged = asset.TagsJson is null ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(asset.TagsJson) ?? [], StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in tags)
            {
                merged[key] = value;
            }

            asset.TagsJson = JsonSerializer.Serialize(merged.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary());
        }

        changed |= Text(asset, ContextField.Team, keys.Find(tags, asset.Provider, k => k.Team), source);
        changed |= Text(asset, ContextField.Environment, keys.Find(tags, asset.Provider, k => k.Environment), source);
        changed |= Text(asset, ContextField.Application, keys.Find(tags, asset.Provider, k => k.Application), source);
        changed |= Text(asset, ContextField.DataClassification, keys.Find(tags, asset.Provider, k => k.DataClassification), source);
        changed |= Text(asset, ContextField.Criticality, keys.Find(tags, asset.Provider, k => k.Criticality), source);
        if (ContextValues.Flag(keys.Find(tags, asset.Provider, k => k.InternetFacing)) is { } exposed)
        {
            changed |= Exposure(asset, exposed, source);
        }

        return changed | Refresh(asset);
    }

    public static bool Text(AssetRecord asset, string field, string? value, ContextSource source) =>
        value is not null && ContextLayers.SetText(asset, field, value, source);

    public static bool Exposure(AssetRecord asset, bool exposed, ContextSource source) =>
        ContextLayers.Set(asset, ContextField.InternetFacing, (bool?)exposed, source, a => a.InternetFacing, (a, v) => a.InternetFacing = v);

    /// <summary>Re-evaluates the crown-jewel rules; true when the flag changed.</summary>
    public bool Refresh(AssetRecord asset)
    {
        var jewel = crownJewels.Evaluate(asset);
        if (jewel == asset.CrownJewel)
        {
            return false;
        }

        asset.CrownJewel = jewel;
        return true;
    }
}
