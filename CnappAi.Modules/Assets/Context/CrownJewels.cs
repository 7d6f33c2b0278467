using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Normalization.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Assets.Context;

/// <summary>
/// Decides crown jewels from the configured rules. The default rule: a data store (bucket or database) in production
/// holding restricted data (PII, PCI, PHI). A manual flag always wins over the rules.
/// </summary>
internal sealed class CrownJewels(IOptions<AssetsOptions> options)
{
    private static readonly CrownJewelRule DefaultRule = new()
    {
        Classes = [ResourceClass.Bucket, ResourceClass.Database],
        Environments = ["prod"],
        DataSensitivities = [DataSensitivity.Restricted],
    };

    public bool Evaluate(AssetRecord asset)
    {
        if (ContextLayers.Parse(asset.ContextSources).GetValueOrDefault(ContextField.CrownJewel) == ContextSource.Manual)
        {
            return asset.CrownJewel;
        }

        var rules = options.Value.CrownJewelRules.Count > 0 ? options.Value.CrownJewelRules : [DefaultRule];
        return rules.Any(rule => Matches(rule, asset));
    }

    private static bool Matches(CrownJewelRule rule, AssetRecord asset) =>
        (rule.Classes.Count == 0 || rule.Classes.Contains(asset.Class))
        && (rule.Environments.Count == 0 || (asset.Environment is not null && rule.Environments.Contains(asset.Environment, StringComparer.OrdinalIgnoreCase)))
        && (rule.DataSensitivities.Count == 0 || rule.DataSensitivities.Contains(asset.DataSensitivity))
        && (rule.Criticalities.Count == 0 || rule.Criticalities.Contains(asset.Criticality));
}
