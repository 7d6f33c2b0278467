using CnappAi.Modules.Ingestion.Parsers.Orca;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

public sealed class OrcaResourcesTests
{
    [Theory]
    [InlineData("AwsIamUser", "AIDAEXAMPLE", "bob", null, "arn:aws:iam::111122223333:user/bob")]
    [InlineData("AwsRole", "AROAEXAMPLE", "app-role", null, "arn:aws:iam::111122223333:role/app-role")]
    [InlineData("AwsEc2SecurityGroup", "sg-0a1b2c", "default", "eu-west-1", "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0a1b2c")]
    [InlineData("AwsS3Bucket", "acme-logs", "acme-logs", "us-east-1", "arn:aws:s3:::acme-logs")]
    [InlineData("vmimage", "ami-0abc", "golden", "us-east-1", "arn:aws:ec2:us-east-1::image/ami-0abc")]
    public void Resolve_AwsParts_RebuildsTheArn(string type, string vendorId, string name, string? region, string expected)
    {
        var resource = OrcaResources.Resolve(new OrcaAsset("aws", "111122223333", region, type, vendorId, name, $"{type}_111122223333_{vendorId}"));

        resource.ShouldNotBeNull().Uid.ShouldBe(expected);
        resource.Provider.ShouldBe(CloudProvider.Aws);
    }

    [Fact]
    public void Resolve_FullIdInVendorId_IsParsedAsIs()
    {
        const string id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1";

        var resource = OrcaResources.Resolve(new OrcaAsset("azure", "00000000-0000-0000-0000-000000000001", "westeurope", "AzureComputeVm", id, "vm1", "AzureComputeVm_x_vm1"));

        resource.ShouldNotBeNull().Provider.ShouldBe(CloudProvider.Azure);
        resource.Class.ShouldBe(ResourceClass.Vm);
    }

    [Fact]
    public void Resolve_AccountIsNotAnAwsAccount_KeepsOrcasAssetKeyWithoutTheBogusAccount()
    {
        var resource = OrcaResources.Resolve(new OrcaAsset("aws", "cloud_vendor_id", "eu-central-1", "AwsUser", "asset_vendor_id", "Trent", "AwsUser_cloud_vendor_id_trent"));

        resource.ShouldNotBeNull().Uid.ShouldBe("orca:AwsUser_cloud_vendor_id_trent");
        resource.Account.ShouldBeNull();
        resource.Region.ShouldBe("eu-central-1");
    }

    [Fact]
    public void Resolve_GcpProject_RebuildsComputeInstance()
    {
        var resource = OrcaResources.Resolve(new OrcaAsset("gcp", "acme-prod", "us-central1-a", "instance", "web-1", "web-1", null));

        resource.ShouldNotBeNull().Uid.ShouldBe("//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/instances/web-1");
    }

    [Fact]
    public void Resolve_NothingToGoOn_IsNull() =>
        OrcaResources.Resolve(new OrcaAsset("aws", null, null, null, null, "x", null)).ShouldBeNull();
}
