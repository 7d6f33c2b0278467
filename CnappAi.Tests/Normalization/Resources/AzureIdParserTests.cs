using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class AzureIdParserTests
{
    private const string Sub = "00000000-0000-0000-0000-00000000abcd";
    private const string Rg = "/subscriptions/00000000-0000-0000-0000-00000000ABCD/resourceGroups/rg1";

    [Theory]
    [InlineData(Rg + "/providers/Microsoft.Compute/virtualMachines/Web-VM1", "microsoft.compute/virtualmachines", ResourceClass.Vm, "web-vm1")]
    [InlineData(Rg + "/providers/Microsoft.Compute/virtualMachineScaleSets/pool", "microsoft.compute/virtualmachinescalesets", ResourceClass.Vm, "pool")]
    [InlineData(Rg + "/providers/Microsoft.Compute/virtualMachines/vm1/extensions/agent", "microsoft.compute/virtualmachines/extensions", ResourceClass.Other, "agent")]
    [InlineData(Rg + "/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/app", "microsoft.network/virtualnetworks/subnets", ResourceClass.Network, "app")]
    [InlineData(Rg + "/providers/Microsoft.Network/networkSecurityGroups/nsg1", "microsoft.network/networksecuritygroups", ResourceClass.Network, "nsg1")]
    [InlineData(Rg + "/providers/Microsoft.Network/loadBalancers/lb1", "microsoft.network/loadbalancers", ResourceClass.LoadBalancer, "lb1")]
    [InlineData(Rg + "/providers/Microsoft.Network/applicationGateways/agw", "microsoft.network/applicationgateways", ResourceClass.LoadBalancer, "agw")]
    [InlineData(Rg + "/providers/Microsoft.Network/frontDoors/fd", "microsoft.network/frontdoors", ResourceClass.LoadBalancer, "fd")]
    [InlineData(Rg + "/providers/Microsoft.Storage/storageAccounts/acmelogs", "microsoft.storage/storageaccounts", ResourceClass.Bucket, "acmelogs")]
    [InlineData(Rg + "/providers/Microsoft.Storage/storageAccounts/acmelogs/blobServices/default/containers/logs", "microsoft.storage/storageaccounts/blobservices/containers", ResourceClass.Bucket, "logs")]
    [InlineData(Rg + "/providers/Microsoft.ContainerService/managedClusters/aks1", "microsoft.containerservice/managedclusters", ResourceClass.K8sCluster, "aks1")]
    [InlineData(Rg + "/providers/Microsoft.Web/sites/fn-app", "microsoft.web/sites", ResourceClass.Function, "fn-app")]
    [InlineData(Rg + "/providers/Microsoft.Sql/servers/sql1/databases/db1", "microsoft.sql/servers/databases", ResourceClass.Database, "db1")]
    [InlineData(Rg + "/providers/Microsoft.DocumentDB/databaseAccounts/cosmos", "microsoft.documentdb/databaseaccounts", ResourceClass.Database, "cosmos")]
    [InlineData(Rg + "/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg", "microsoft.dbforpostgresql/flexibleservers", ResourceClass.Database, "pg")]
    [InlineData(Rg + "/providers/Microsoft.DBforMySQL/servers/my", "microsoft.dbformysql/servers", ResourceClass.Database, "my")]
    [InlineData(Rg + "/providers/Microsoft.KeyVault/vaults/kv1/secrets/db-pass", "microsoft.keyvault/vaults/secrets", ResourceClass.KeySecret, "db-pass")]
    [InlineData(Rg + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1", "microsoft.managedidentity/userassignedidentities", ResourceClass.Identity, "id1")]
    [InlineData(Rg + "/providers/Microsoft.Insights/components/ai", "microsoft.insights/components", ResourceClass.Logging, "ai")]
    [InlineData(Rg + "/providers/Microsoft.ContainerRegistry/registries/acr1", "microsoft.containerregistry/registries", ResourceClass.Image, "acr1")]
    [InlineData(Rg + "/providers/Microsoft.ContainerInstance/containerGroups/cg", "microsoft.containerinstance/containergroups", ResourceClass.Container, "cg")]
    [InlineData(Rg + "/providers/Microsoft.Authorization/roleAssignments/ra1", "microsoft.authorization/roleassignments", ResourceClass.Identity, "ra1")]
    [InlineData("/subscriptions/00000000-0000-0000-0000-00000000abcd/providers/Microsoft.Authorization/roleDefinitions/rd1", "microsoft.authorization/roledefinitions", ResourceClass.Identity, "rd1")]
    [InlineData("/subscriptions/00000000-0000-0000-0000-00000000abcd/providers/Microsoft.Security/pricings/VirtualMachines", "microsoft.security/pricings", ResourceClass.Other, "virtualmachines")]
    [InlineData("/subscriptions/00000000-0000-0000-0000-00000000abcd", "microsoft.resources/subscriptions", ResourceClass.Account, Sub)]
    [InlineData(Rg, "microsoft.resources/resourcegroups", ResourceClass.Other, "rg1")]
    public void Parse_AzureResourceId_ParsesTypeClassAndName(string id, string type, ResourceClass resourceClass, string name)
    {
        var parsed = ResourceAssert.Matches(ResourceIds.Parse(id), CloudProvider.Azure, Sub, null, type, resourceClass, name);

        parsed.Uid.ShouldBe(id.ToLowerInvariant());
    }

    [Theory]
    [InlineData(Rg + "/providers/Microsoft.Storage/storageAccounts/acmelogs/providers/Microsoft.Security/assessments/1195afff-c881-495e-9bc5-1486211ae03f")]
    [InlineData("/subscriptions/00000000-0000-0000-0000-00000000abcd/resourcegroups/RG1/providers/microsoft.storage/storageaccounts/AcmeLogs")]
    [InlineData("/SUBSCRIPTIONS/00000000-0000-0000-0000-00000000ABCD/RESOURCEGROUPS/rg1/PROVIDERS/Microsoft.Storage/storageAccounts/acmelogs/")]
    [InlineData("  " + Rg + "/providers/Microsoft.Storage/storageAccounts/acmelogs/providers/Microsoft.Insights/diagnosticSettings/to-law  ")]
    public void Parse_CasingTrailingSlashOrExtension_GivesTheAffectedResourceUid(string id) =>
        ResourceIds.Parse(id).ShouldNotBeNull().Uid
            .ShouldBe("/subscriptions/00000000-0000-0000-0000-00000000abcd/resourcegroups/rg1/providers/microsoft.storage/storageaccounts/acmelogs");

    [Fact]
    public void Parse_ExtensionResource_DescribesTheExtendedResource() =>
        ResourceAssert.Matches(
            ResourceIds.Parse(Rg + "/providers/Microsoft.Compute/virtualMachines/vm1/providers/Microsoft.Security/assessments/abc"),
            CloudProvider.Azure, Sub, null, "microsoft.compute/virtualmachines", ResourceClass.Vm, "vm1");

    [Fact]
    public void Parse_TenantLevelManagementGroup_IsAnAccount() =>
        ResourceAssert.Matches(
            ResourceIds.Parse("/providers/Microsoft.Management/managementGroups/Corp-MG"),
            CloudProvider.Azure, "corp-mg", null, "microsoft.management/managementgroups", ResourceClass.Account, "corp-mg");

    [Fact]
    public void Parse_TenantLevelResource_HasNoAccount() =>
        ResourceAssert.Matches(
            ResourceIds.Parse("/providers/Microsoft.Aad/users/3f2a"),
            CloudProvider.Azure, null, null, "microsoft.aad/users", ResourceClass.Identity, "3f2a");

    [Theory]
    [InlineData("/")]
    [InlineData("/subscriptions")]
    [InlineData("/subscriptions/")]
    [InlineData("/subscriptions//resourceGroups/rg1")]
    [InlineData("/subscriptions/s/resourceGroups")]
    [InlineData("/subscriptions/s/resourceGroups/rg1/providers")]
    [InlineData("/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Compute")]
    [InlineData("/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines")]
    [InlineData("/subscriptions/s/resourceGroups/rg1/somethingElse/x")]
    [InlineData("/providers/Microsoft.Management")]
    [InlineData("/etc/passwd")]
    [InlineData("/tmp")]
    public void Parse_MalformedAzureId_ReturnsNull(string id) => ResourceIds.Parse(id).ShouldBeNull();
}
