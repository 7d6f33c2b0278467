using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Every control, looked up by the cloud and kind of resource it applies to.</summary>
internal static class ControlCatalog
{
    private static readonly Dictionary<(Cloud, AssetKind), IReadOnlyList<ControlEntry>> ByTarget =
        AwsControls.All.Concat(AzureControls.All).Concat(GcpControls.All).Concat(KubernetesControls.All).Concat(SecretControls.All)
            .GroupBy(c => (c.Cloud, c.AppliesTo))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ControlEntry>)[.. g]);

    public static IReadOnlyList<ControlEntry> For(Asset asset) =>
        ByTarget.TryGetValue((asset.Cloud, asset.Kind), out var controls) ? controls : [];

    public static ControlEntry Get(Cloud cloud, AssetKind kind, string key) =>
        ByTarget[(cloud, kind)].First(c => c.Key == key);
}
