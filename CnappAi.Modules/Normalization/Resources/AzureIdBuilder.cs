using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Rebuilds an Azure resource id from subscription, resource group, type and name. Child types take an ARM-style
/// name (<c>Microsoft.Network/virtualNetworks/subnets</c> + <c>vnet1/app</c>), interleaved type by name.
/// </summary>
internal static class AzureIdBuilder
{
    public static CanonicalResource? Build(string? subscription, string? resourceGroup, string? type, string? name)
    {
        var resourceName = VendorText.Clean(name);
        if (resourceName is not null && resourceName.StartsWith('/'))
        {
            return AzureOnly(ResourceIdParser.Parse(resourceName));
        }

        var sub = VendorText.Clean(subscription);
        var group = VendorText.Clean(resourceGroup);
        if (sub is null || resourceName is null)
        {
            return null;
        }

        var scope = group is null ? $"/subscriptions/{sub}" : $"/subscriptions/{sub}/resourceGroups/{group}";
        var typeKey = AzureTypeAliases.Key(type);
        if (typeKey is "resourcegroup" or "resourcesresourcegroups")
        {
            return AzureOnly(ResourceIdParser.Parse($"/subscriptions/{sub}/resourceGroups/{resourceName}"));
        }

        var armType = VendorText.Clean(type) is { } text && text.Contains('/', StringComparison.Ordinal)
            ? text.Trim('/')
            : AzureTypeAliases.ArmType(typeKey);
        var path = armType is null ? null : ProviderPath(armType, resourceName);
        return path is null ? null : AzureOnly(ResourceIdParser.Parse($"{scope}/providers/{path}"));
    }

    private static string? ProviderPath(string armType, string name)
    {
        var typeParts = armType.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var nameParts = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (typeParts.Length < 2 || nameParts.Length != typeParts.Length - 1)
        {
            return null;
        }

        var path = typeParts[0];
        for (var i = 1; i < typeParts.Length; i++)
        {
            path += $"/{typeParts[i]}/{nameParts[i - 1]}";
        }

        return path;
    }

    private static CanonicalResource? AzureOnly(CanonicalResource? resource) =>
        resource?.Provider == CloudProvider.Azure ? resource : null;
}
