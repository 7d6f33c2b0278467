using CnappAi.Modules.Normalization.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Assets.Context;

/// <summary>
/// Resolves which tag keys carry each context field for a cloud: the cloud's configured keys first, then the
/// configured defaults, then the built-in ones (the spellings AWS, Azure, GCP and Kubernetes estates commonly use).
/// </summary>
internal sealed class TagKeys(IOptions<AssetsOptions> options)
{
    private static readonly TagKeySet BuiltIn = new()
    {
        Team = ["owner", "team", "owner-team", "owner_team", "ownerteam", "squad", "app.kubernetes.io/managed-by-team"],
        Environment = ["environment", "env", "stage", "tier-environment"],
        Application = ["application", "app", "service", "app.kubernetes.io/part-of", "app.kubernetes.io/name"],
        DataClassification = ["data-classification", "dataclassification", "data_classification", "classification", "data-sensitivity", "sensitivity"],
        Criticality = ["criticality", "business-criticality", "businesscriticality", "business_criticality", "tier"],
        InternetFacing = ["internet-facing", "internetfacing", "internet_facing", "public-facing", "exposure"],
    };

    public string? Find(IReadOnlyDictionary<string, string> tags, CloudProvider provider, Func<TagKeySet, string[]?> field)
    {
        var configured = options.Value.TagKeys;
        var candidates = new[] { configured.GetValueOrDefault(provider.ToString()), configured.GetValueOrDefault("Default"), BuiltIn }
            .Select(set => set is null ? null : field(set))
            .Where(keys => keys is { Length: > 0 })
            .SelectMany(keys => keys!);
        foreach (var key in candidates)
        {
            if (tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
