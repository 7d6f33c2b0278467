using CnappAi.Modules.Ingestion.Parsers.Defender;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderResourceTests
{
    [Theory]
    [InlineData(
        "/subscriptions/S1/resourceGroups/RG/providers/Microsoft.Storage/storageAccounts/Logs/providers/Microsoft.Security/assessments/1c5d",
        "/subscriptions/s1/resourcegroups/rg/providers/microsoft.storage/storageaccounts/logs")]
    [InlineData(
        "/subscriptions/S1/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/VM1/providers/Microsoft.GuestConfiguration/guestConfigurationAssignments/x",
        "/subscriptions/s1/resourcegroups/rg/providers/microsoft.compute/virtualmachines/vm1")]
    [InlineData("/subscriptions/S1/providers/Microsoft.Security/assessments/f0fb", "/subscriptions/s1")]
    [InlineData("/SUBSCRIPTIONS/S1/RESOURCEGROUPS/Sample-RG/providers/microsoft.keyvault/vaults/Sample-KV", "/subscriptions/s1/resourcegroups/sample-rg/providers/microsoft.keyvault/vaults/sample-kv")]
    public void FromAzureId_AssessmentOrResourceId_KeepsFirstProviderBlockLowerCased(string id, string expected) =>
        DefenderResource.FromAzureId(id)!.Uid.ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/providers/Microsoft.Security/assessmentMetadata/1c5d")]
    [InlineData("vm1")]
    public void FromAzureId_NoAzureResource_ReturnsNull(string? id) =>
        DefenderResource.FromAzureId(id).ShouldBeNull();

    [Fact]
    public void SubscriptionOf_AnyIdUnderASubscription_IsTheAccount()
    {
        var account = DefenderResource.SubscriptionOf("/subscriptions/ABC/providers/Microsoft.Security/regulatoryComplianceStandards/x")!;

        account.Uid.ShouldBe("/subscriptions/abc");
        account.Class.ShouldBe(ResourceClass.Account);
    }
}
