using System.Globalization;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>The tags (AWS, Azure) or labels (GCP) the organisation puts on resources; the business context tools copy.</summary>
internal static class AssetTags
{
    public static IReadOnlyList<KeyValuePair<string, string>> For(Asset asset)
    {
        var stage = asset.Account.StageName;
        var costCenter = $"cc-{1000 + StableIds.Number(asset.App.Team, 9000)}";
        return asset.Kind switch
        {
            AssetKind.Image => [],
            AssetKind.Workload => [new("app.kubernetes.io/name", asset.Name), new("app.kubernetes.io/part-of", asset.App.Slug), new("team", asset.App.Team)],
            _ => asset.Cloud switch
            {
                Cloud.Aws =>
                [
                    new("Name", asset.Name), new("owner", asset.App.Team), new("application", asset.App.Slug),
                    new("environment", stage), new("data-classification", asset.Classification), new("cost-center", costCenter),
                ],
                Cloud.Azure =>
                [
                    new("owner", asset.App.Team), new("application", asset.App.Slug), new("environment", stage),
                    new("dataClassification", asset.Classification), new("costCenter", costCenter),
                ],
                _ =>
                [
                    new("owner", asset.App.Team), new("application", asset.App.Slug), new("environment", stage),
                    new("data_classification", asset.Classification),
                ],
            },
        };
    }

    public static string Joined(Asset asset) =>
        string.Join(';', For(asset).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}={t.Value}")));
}
