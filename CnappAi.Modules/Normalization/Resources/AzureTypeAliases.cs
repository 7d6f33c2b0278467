using System.Collections.Frozen;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Friendly and Terraform names of Azure resource types mapped to their ARM type, keyed after <see cref="HintKey"/>
/// folding ("Virtual Machine", <c>azurerm_virtual_machine</c> both become <c>virtualmachine</c>).
/// </summary>
internal static class AzureTypeAliases
{
    private static readonly FrozenDictionary<string, string> ByAlias = Build(
        ("Microsoft.Compute/virtualMachines", ["virtualmachine", "vm", "linuxvirtualmachine", "windowsvirtualmachine"]),
        ("Microsoft.Compute/virtualMachineScaleSets", ["virtualmachinescaleset", "vmss", "linuxvirtualmachinescaleset", "windowsvirtualmachinescaleset"]),
        ("Microsoft.Compute/disks", ["disk", "manageddisk"]),
        ("Microsoft.Storage/storageAccounts", ["storageaccount", "storage"]),
        ("Microsoft.KeyVault/vaults", ["keyvault", "vault"]),
        ("Microsoft.Sql/servers", ["sqlserver", "mssqlserver"]),
        ("Microsoft.Sql/servers/databases", ["sqldatabase", "mssqldatabase"]),
        ("Microsoft.ContainerService/managedClusters", ["aks", "kubernetescluster", "managedcluster", "akscluster"]),
        ("Microsoft.Network/virtualNetworks", ["virtualnetwork", "vnet"]),
        ("Microsoft.Network/networkSecurityGroups", ["networksecuritygroup", "nsg"]),
        ("Microsoft.Network/publicIPAddresses", ["publicip", "publicipaddress"]),
        ("Microsoft.Network/networkInterfaces", ["networkinterface", "nic"]),
        ("Microsoft.Network/loadBalancers", ["loadbalancer", "lb"]),
        ("Microsoft.Network/applicationGateways", ["applicationgateway", "appgateway"]),
        ("Microsoft.Web/sites", ["functionapp", "webapp", "appservice", "linuxfunctionapp", "windowsfunctionapp", "linuxwebapp", "windowswebapp"]),
        ("Microsoft.ContainerRegistry/registries", ["containerregistry", "acr"]),
        ("Microsoft.DocumentDB/databaseAccounts", ["cosmosdb", "cosmosdbaccount"]),
        ("Microsoft.DBforPostgreSQL/flexibleServers", ["postgresqlflexibleserver", "postgresqlserver", "postgresql"]),
        ("Microsoft.DBforMySQL/flexibleServers", ["mysqlflexibleserver", "mysqlserver", "mysql"]),
        ("Microsoft.ManagedIdentity/userAssignedIdentities", ["managedidentity", "userassignedidentity"]),
        ("Microsoft.OperationalInsights/workspaces", ["loganalyticsworkspace"]),
        ("Microsoft.ContainerInstance/containerGroups", ["containergroup", "containerinstance"]));

    public static string? Key(string? type) => HintKey.Normalize(type, "azurerm", "azure");

    public static string? ArmType(string? aliasKey) =>
        aliasKey is not null && ByAlias.TryGetValue(aliasKey, out var armType) ? armType : null;

    private static FrozenDictionary<string, string> Build(params (string ArmType, string[] Aliases)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (armType, aliases) in groups)
        {
            foreach (var alias in aliases)
            {
                map[alias] = armType;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
