using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>Kind, cloud, target value and display name of a node from its parsed resource and context.</summary>
internal static class NodeClassifier
{
    public static NodeKind KindOf(ResourceClass resourceClass) => resourceClass switch
    {
        ResourceClass.Identity => NodeKind.Identity,
        ResourceClass.Bucket or ResourceClass.Database => NodeKind.DataStore,
        ResourceClass.Network or ResourceClass.LoadBalancer => NodeKind.NetworkExposure,
        _ => NodeKind.Asset,
    };

    public static (float Value, string? Reason) ValueOf(NodeKind kind, AssetContext? context, bool admin)
    {
        var label = context?.DataClassification ?? context?.DataSensitivity.ToString().ToLowerInvariant();
        return (kind, context) switch
        {
            (NodeKind.DataStore, { CrownJewel: true }) => (1f, $"crown-jewel data store ({label})"),
            (_, { CrownJewel: true }) => (0.9f, "crown jewel"),
            (NodeKind.DataStore, { DataSensitivity: DataSensitivity.Restricted }) => (0.75f, $"sensitive data store ({label})"),
            (NodeKind.Identity, _) when admin => (0.5f, "admin-level identity"),
            _ => (0f, null),
        };
    }

    /// <summary>The cloud of a container image from its registry host; Unknown when the host names none.</summary>
    public static CloudProvider RegistryCloud(string uid)
    {
        var host = uid.Split('/', 2)[0];
        return host switch
        {
            _ when host.EndsWith(".azurecr.io", StringComparison.OrdinalIgnoreCase) => CloudProvider.Azure,
            _ when host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) => CloudProvider.Aws,
            _ when host.EndsWith("gcr.io", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".pkg.dev", StringComparison.OrdinalIgnoreCase) => CloudProvider.Gcp,
            _ => CloudProvider.Unknown,
        };
    }

    public static bool IsCloud(CloudProvider provider) => provider is CloudProvider.Aws or CloudProvider.Azure or CloudProvider.Gcp;

    public static string CloudName(CloudProvider provider) => provider.ToString().ToLowerInvariant();

    public static string NameOf(string uid, CanonicalResource? resource)
    {
        if (!string.IsNullOrWhiteSpace(resource?.Name))
        {
            return resource.Name;
        }

        var cut = uid.TrimEnd('/').LastIndexOfAny(['/', ':']);
        return cut >= 0 && cut < uid.Length - 1 ? uid[(cut + 1)..] : uid;
    }
}
