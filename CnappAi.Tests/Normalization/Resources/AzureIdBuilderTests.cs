using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class AzureIdBuilderTests
{
    private const string Sub = "00000000-0000-0000-0000-00000000abcd";
    private const string Prefix = "/subscriptions/00000000-0000-0000-0000-00000000abcd/resourcegroups/rg1/providers/";

    [Theory]
    [InlineData("Microsoft.Compute/virtualMachines", "VM1", Prefix + "microsoft.compute/virtualmachines/vm1", ResourceClass.Vm)]
    [InlineData("virtual machine", "vm1", Prefix + "microsoft.compute/virtualmachines/vm1", ResourceClass.Vm)]
    [InlineData("azurerm_linux_virtual_machine", "vm1", Prefix + "microsoft.compute/virtualmachines/vm1", ResourceClass.Vm)]
    [InlineData("storage account", "acmelogs", Prefix + "microsoft.storage/storageaccounts/acmelogs", ResourceClass.Bucket)]
    [InlineData("key vault", "kv1", Prefix + "microsoft.keyvault/vaults/kv1", ResourceClass.KeySecret)]
    [InlineData("sql server", "sql1", Prefix + "microsoft.sql/servers/sql1", ResourceClass.Database)]
    [InlineData("aks", "aks1", Prefix + "microsoft.containerservice/managedclusters/aks1", ResourceClass.K8sCluster)]
    [InlineData("azurerm_kubernetes_cluster", "aks1", Prefix + "microsoft.containerservice/managedclusters/aks1", ResourceClass.K8sCluster)]
    [InlineData("Function App", "fn", Prefix + "microsoft.web/sites/fn", ResourceClass.Function)]
    [InlineData("nsg", "nsg1", Prefix + "microsoft.network/networksecuritygroups/nsg1", ResourceClass.Network)]
    [InlineData("load balancer", "lb1", Prefix + "microsoft.network/loadbalancers/lb1", ResourceClass.LoadBalancer)]
    [InlineData("Microsoft.Network/virtualNetworks/subnets", "vnet1/app", Prefix + "microsoft.network/virtualnetworks/vnet1/subnets/app", ResourceClass.Network)]
    [InlineData("/Microsoft.Sql/servers/databases/", "sql1/db1", Prefix + "microsoft.sql/servers/sql1/databases/db1", ResourceClass.Database)]
    public void AzureFromParts_TypeAndName_BuildsTheLowerCasedId(string type, string name, string uid, ResourceClass resourceClass)
    {
        var built = ResourceIds.AzureFromParts(Sub.ToUpperInvariant(), "RG1", type, name);

        built.ShouldNotBeNull();
        built.ShouldSatisfyAllConditions(
            () => built.Uid.ShouldBe(uid),
            () => built.Account.ShouldBe(Sub),
            () => built.Class.ShouldBe(resourceClass));
        ResourceAssert.RoundTrips(built);
    }

    [Fact]
    public void AzureFromParts_NoResourceGroup_BuildsASubscriptionLevelId() =>
        ResourceIds.AzureFromParts(Sub, null, "Microsoft.Security/pricings", "VirtualMachines").ShouldNotBeNull().Uid
            .ShouldBe("/subscriptions/00000000-0000-0000-0000-00000000abcd/providers/microsoft.security/pricings/virtualmachines");

    [Fact]
    public void AzureFromParts_ResourceGroupType_BuildsTheGroupId() =>
        ResourceAssert.Matches(ResourceIds.AzureFromParts(Sub, null, "resource group", "rg1"), CloudProvider.Azure, Sub, null, "microsoft.resources/resourcegroups", ResourceClass.Other, "rg1");

    [Fact]
    public void AzureFromParts_NameIsAlreadyAnId_ParsesIt() =>
        ResourceIds.AzureFromParts(null, null, null, Prefix + "Microsoft.Compute/virtualMachines/vm1/providers/Microsoft.Security/assessments/a").ShouldNotBeNull().Uid
            .ShouldBe(Prefix + "microsoft.compute/virtualmachines/vm1");

    [Fact]
    public void AzureFromParts_MixedCaseName_IsLowerCasedLikeTheUid() =>
        ResourceAssert.Matches(ResourceIds.AzureFromParts(Sub, "rg1", "virtual machine", "Web-VM1"), CloudProvider.Azure, Sub, null, "microsoft.compute/virtualmachines", ResourceClass.Vm, "web-vm1");

    [Theory]
    [InlineData(null, "rg1", "virtual machine", "vm1")]
    [InlineData(Sub, "rg1", "virtual machine", null)]
    [InlineData(Sub, "rg1", "virtual machine", " ")]
    [InlineData(Sub, "rg1", "flux capacitor", "vm1")]
    [InlineData(Sub, "rg1", null, "vm1")]
    [InlineData(Sub, "rg1", "Microsoft.Network/virtualNetworks/subnets", "app")]
    [InlineData(Sub, "rg1", "Microsoft.Compute", "vm1")]
    [InlineData(Sub, "rg1", "virtual machine", "/not/an/azure/id")]
    [InlineData(Sub, "rg1", "virtual machine", "//compute.googleapis.com/projects/p/zones/z/instances/i")]
    public void AzureFromParts_NotEnoughParts_ReturnsNull(string? subscription, string? resourceGroup, string? type, string? name) =>
        ResourceIds.AzureFromParts(subscription, resourceGroup, type, name).ShouldBeNull();
}
