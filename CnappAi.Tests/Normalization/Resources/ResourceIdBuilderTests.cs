using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class ResourceIdBuilderTests
{
    [Theory]
    [InlineData(CloudProvider.Aws, "111122223333", "arn:aws:iam::111122223333:root", "111122223333", "iam:account")]
    [InlineData(CloudProvider.Aws, " AWS::::Account:111122223333 ", "arn:aws:iam::111122223333:root", "111122223333", "iam:account")]
    [InlineData(CloudProvider.Azure, "00000000-0000-0000-0000-00000000ABCD", "/subscriptions/00000000-0000-0000-0000-00000000abcd", "00000000-0000-0000-0000-00000000abcd", "microsoft.resources/subscriptions")]
    [InlineData(CloudProvider.Azure, "/subscriptions/00000000-0000-0000-0000-00000000abcd", "/subscriptions/00000000-0000-0000-0000-00000000abcd", "00000000-0000-0000-0000-00000000abcd", "microsoft.resources/subscriptions")]
    [InlineData(CloudProvider.Gcp, "acme-prod", "//cloudresourcemanager.googleapis.com/projects/acme-prod", "acme-prod", "cloudresourcemanager/projects")]
    [InlineData(CloudProvider.Gcp, "123456789012", "//cloudresourcemanager.googleapis.com/projects/123456789012", "123456789012", "cloudresourcemanager/projects")]
    [InlineData(CloudProvider.Gcp, "organizations/789", "//cloudresourcemanager.googleapis.com/organizations/789", "789", "cloudresourcemanager/organizations")]
    [InlineData(CloudProvider.Gcp, "folders/456", "//cloudresourcemanager.googleapis.com/folders/456", "456", "cloudresourcemanager/folders")]
    public void Account_ProviderAccountId_BuildsTheAccountResource(CloudProvider provider, string id, string uid, string account, string type)
    {
        var built = ResourceAssert.Matches(ResourceIds.Account(provider, id), provider, account, null, type, ResourceClass.Account, account);

        built.Uid.ShouldBe(uid);
        ResourceAssert.RoundTrips(built);
    }

    [Fact]
    public void Account_AwsRootArn_ParsesToTheSameAccount() =>
        ResourceIds.Parse("arn:aws:iam::111122223333:root").ShouldBe(ResourceIds.Account(CloudProvider.Aws, "111122223333"));

    [Fact]
    public void Account_KubernetesCluster_IsTheClusterObject() =>
        ResourceAssert.Matches(ResourceIds.Account(CloudProvider.Kubernetes, "prod"), CloudProvider.Kubernetes, "prod", null, "k8s:cluster", ResourceClass.K8sCluster, "prod");

    [Theory]
    [InlineData(CloudProvider.Aws, null)]
    [InlineData(CloudProvider.Aws, " ")]
    [InlineData(CloudProvider.Aws, "arn:aws:ec2:us-east-1:111122223333:instance/i-1")]
    [InlineData(CloudProvider.Aws, "prod-account")]
    [InlineData(CloudProvider.Aws, "1111 2222 3333")]
    [InlineData(CloudProvider.Azure, "")]
    [InlineData(CloudProvider.Azure, "a/b")]
    [InlineData(CloudProvider.Gcp, null)]
    [InlineData(CloudProvider.Gcp, "projects/")]
    [InlineData(CloudProvider.Container, "docker.io")]
    [InlineData(CloudProvider.Code, "repo")]
    [InlineData(CloudProvider.Unknown, "111122223333")]
    public void Account_BlankOrNoAccountConcept_ReturnsNull(CloudProvider provider, string? id) =>
        ResourceIds.Account(provider, id).ShouldBeNull();

    [Theory]
    [InlineData(CloudProvider.Aws, "AwsEc2Instance", ResourceClass.Vm)]
    [InlineData(CloudProvider.Aws, "ec2:instance", ResourceClass.Vm)]
    [InlineData(CloudProvider.Aws, "AWS::S3::Bucket", ResourceClass.Bucket)]
    [InlineData(CloudProvider.Aws, "aws_iam_role", ResourceClass.Identity)]
    [InlineData(CloudProvider.Aws, "AwsAccount", ResourceClass.Account)]
    [InlineData(CloudProvider.Azure, "Microsoft.Compute/virtualMachines", ResourceClass.Vm)]
    [InlineData(CloudProvider.Azure, "storage account", ResourceClass.Bucket)]
    [InlineData(CloudProvider.Azure, "ServicePrincipal", ResourceClass.Identity)]
    [InlineData(CloudProvider.Azure, "user", ResourceClass.Identity)]
    [InlineData(CloudProvider.Gcp, "compute/instances", ResourceClass.Vm)]
    [InlineData(CloudProvider.Gcp, "compute.googleapis.com/Instance", ResourceClass.Vm)]
    [InlineData(CloudProvider.Gcp, "gcs_bucket", ResourceClass.Bucket)]
    [InlineData(CloudProvider.Kubernetes, "Deployment", ResourceClass.K8sWorkload)]
    [InlineData(CloudProvider.Unknown, "Database", ResourceClass.Database)]
    [InlineData(CloudProvider.Aws, "flux capacitor", ResourceClass.Other)]
    [InlineData(CloudProvider.Aws, null, ResourceClass.Other)]
    public void VendorNative_TypeKnownToATable_DerivesTheClass(CloudProvider provider, string? type, ResourceClass resourceClass)
    {
        var built = ResourceIds.VendorNative(" Wiz ", " 0f3c-11 ", provider, type, "web");

        built.ShouldSatisfyAllConditions(
            () => built.Uid.ShouldBe("wiz:0f3c-11"),
            () => built.Provider.ShouldBe(provider),
            () => built.Type.ShouldBe(type),
            () => built.Class.ShouldBe(resourceClass),
            () => built.Name.ShouldBe("web"));
    }
}
