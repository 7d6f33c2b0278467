using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.VendorRelations;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Assets.VendorRelations;

public class VendorRelationExtractorTests
{
    private const string Instance = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc";
    private const string Role = "arn:aws:iam::111122223333:role/web";
    private static readonly CanonicalResource Vm = ResourceIds.Parse(Instance)!;
    private static readonly CanonicalResource Deployment = ResourceIds.Kubernetes("c0ffee", "checkout", "deployment", "checkout-api");

    [Fact]
    public void Read_WizVulnerabilityFixture_InternetExposesTheVulnerableMachine()
    {
        var raw = File.ReadLines(FixtureFiles.Get("wiz/elastic-integrations/vulnerability/test-vulnerability.log")).First(l => l.Length > 0);
        var self = ResourceIds.Parse("arn:aws:ec2:us-east-1:998231069301:instance/i-0a0f7e1451da5f4a3")!;

        var edges = VendorRelationExtractor.Read("wiz", self, raw);

        edges.ShouldHaveSingleItem().ShouldBe(new AssetRelationship(
            "internet", self.Uid, "exposes", "Wiz: wide internet exposure (hasWideInternetExposure)", RelationshipOrigins.Wiz));
    }

    [Fact]
    public void Read_WizIssueFixtureOnAClusterRole_NamesNoOtherResource()
    {
        var raw = File.ReadLines(FixtureFiles.Get("wiz/elastic-integrations/issue/test-issue.log")).First(l => l.Length > 0);
        var self = ResourceIds.Kubernetes("aaa8e7ca", null, "clusterrole", "system:aggregate-to-edit");

        VendorRelationExtractor.Read("wiz", self, raw).ShouldBeEmpty();
    }

    [Fact]
    public void Read_OrcaFixtureOnAnIamUser_AccessKeysAndEmptyEndpointsAreNotEdges()
    {
        var page = File.ReadAllText(FixtureFiles.Get("orca/xsoar-content/OrcaEventCollector/get_alerts_test.json"));
        using var json = System.Text.Json.JsonDocument.Parse(page);
        var alert = json.RootElement.GetProperty("data")[0].GetRawText();
        var self = ResourceIds.Parse("arn:aws:iam::111122223333:user/Trent")!;

        alert.ShouldContain("AccessKey1Id");
        VendorRelationExtractor.Read("orca", self, alert).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"vulnerableAsset":{"hasWideInternetExposure":false,"hasLimitedInternetExposure":true}}""", "Wiz: limited internet exposure (hasLimitedInternetExposure)")]
    [InlineData("""{"entitySnapshot":{"hasWideInternetExposure":"true"}}""", "Wiz: wide internet exposure (hasWideInternetExposure)")]
    public void Read_WizExposureFlag_InternetExposesTheResource(string raw, string detail) =>
        VendorRelationExtractor.Read("wiz", Vm, raw).ShouldBe([new AssetRelationship("internet", Vm.Uid, "exposes", detail, RelationshipOrigins.Wiz)]);

    [Theory]
    [InlineData("""{"vulnerableAsset":{"hasWideInternetExposure":false,"hasLimitedInternetExposure":false}}""")]
    [InlineData("""{"vulnerableAsset":{"isAccessibleFromVPN":true}}""")]
    [InlineData("""{"title":"hasWideInternetExposure mentioned in text only"}""")]
    public void Read_WizWithoutExposure_EmitsNothing(string raw) =>
        VendorRelationExtractor.Read("wiz", Vm, raw).ShouldBeEmpty();

    [Fact]
    public void Read_WizObjectOnEks_TheClusterArnBuiltFromItsAccountAndRegionContainsIt()
    {
        var raw = """{"entitySnapshot":{"cloudPlatform":"EKS","region":"eu-west-1","subscriptionExternalId":"111122223333","kubernetesClusterName":"prod-eks"}}""";

        var edge = VendorRelationExtractor.Read("wiz", Deployment, raw).ShouldHaveSingleItem();

        edge.Source.ShouldBe(ResourceIds.Parse("arn:aws:eks:eu-west-1:111122223333:cluster/prod-eks")!.Uid);
        edge.Target.ShouldBe(Deployment.Uid);
        edge.Relationship.ShouldBe("contains");
        edge.Origin.ShouldBe("vendor:wiz");
    }

    [Fact]
    public void Read_WizClusterNamedByItsAzureId_ContainsTheObject()
    {
        var aks = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111111111111/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod";
        var raw = $$$"""{"entitySnapshot":{"cloudPlatform":"Kubernetes","kubernetesClusterName":"{{{aks}}}"}}""";

        VendorRelationExtractor.Read("wiz", Deployment, raw).ShouldHaveSingleItem().Source.ShouldBe(ResourceIds.Parse(aks)!.Uid);
    }

    [Theory]
    [InlineData("""{"entitySnapshot":{"cloudPlatform":"Kubernetes","region":"eu-west-1","subscriptionExternalId":"111122223333","kubernetesClusterName":"prod-eks"}}""")]
    [InlineData("""{"entitySnapshot":{"cloudPlatform":"EKS","subscriptionExternalId":"111122223333","kubernetesClusterName":"prod-eks"}}""")]
    [InlineData("""{"entitySnapshot":{"cloudPlatform":"EKS","region":"eu-west-1","subscriptionExternalId":"prod","kubernetesClusterName":"prod-eks"}}""")]
    [InlineData("""{"entitySnapshot":{"cloudPlatform":"EKS","region":"eu-west-1","subscriptionExternalId":"111122223333"}}""")]
    public void Read_WizClusterThatCannotBeKnown_EmitsNothing(string raw) =>
        VendorRelationExtractor.Read("wiz", Deployment, raw).ShouldBeEmpty();

    [Fact]
    public void Read_WizClusterNameOnACloudResource_EmitsNothing() =>
        VendorRelationExtractor.Read("wiz", Vm, """{"entitySnapshot":{"cloudPlatform":"EKS","region":"eu-west-1","subscriptionExternalId":"111122223333","kubernetesClusterName":"prod-eks"}}""").ShouldBeEmpty();

    [Fact]
    public void Read_WizContainerImageExternalId_RunsThatImage()
    {
        var image = "acme.azurecr.io/checkout/api@sha256:" + new string('a', 64);
        var raw = $$$"""{"vulnerableAsset":{"type":"CONTAINER","ImageExternalId":"{{{image}}}","PodName":"api-1"}}""";

        var edge = VendorRelationExtractor.Read("wiz", Deployment, raw).ShouldHaveSingleItem();

        edge.ShouldBe(new AssetRelationship(Deployment.Uid, ResourceIds.ContainerImage(image)!.Uid, "runs-image", "Wiz: ImageExternalId", RelationshipOrigins.Wiz));
    }

    [Theory]
    [InlineData("sha256:abc123")]
    [InlineData("checkout-api")]
    [InlineData("")]
    public void Read_WizImageIdThatIsNoReference_EmitsNothing(string imageId) =>
        VendorRelationExtractor.Read("wiz", Deployment, $$$"""{"vulnerableAsset":{"ImageExternalId":"{{{imageId}}}"}}""").ShouldBeEmpty();

    [Fact]
    public void Read_WizIdentityFields_RunAsEachNamedIdentity()
    {
        var raw = $$$"""{"resource":{"iamRole":"{{{Role}}}","serviceAccount":"runner@data-prod.iam.gserviceaccount.com","roleName":"web","ownerId":"{{{Role}}}"}}""";

        var targets = VendorRelationExtractor.Read("wiz", Vm, raw).Select(e => (e.Source, e.Target, e.Relationship)).ToList();

        targets.ShouldBe(
        [
            (Vm.Uid, ResourceIds.Parse(Role)!.Uid, "runs-as"),
            (Vm.Uid, "//iam.googleapis.com/projects/data-prod/serviceAccounts/runner@data-prod.iam.gserviceaccount.com", "runs-as"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Read_OrcaInternetFacingLabel_InternetExposesTheAsset()
    {
        var raw = """{"asset_type":"AwsEc2Instance","asset_labels":["pii","internet_facing"]}""";

        VendorRelationExtractor.Read("orca", Vm, raw).ShouldBe([new AssetRelationship("internet", Vm.Uid, "exposes", "Orca: asset label internet_facing", RelationshipOrigins.Orca)]);
    }

    [Theory]
    [InlineData("""{"model":{"type":"AwsEc2Instance","data":{"Inventory":{"AccessEndpoints":"[\"54.1.2.3:443\"]"}}}}""")]
    [InlineData("""{"model":{"type":"AwsEc2Instance","data":{"Inventory":{"AccessEndpoints":["54.1.2.3:443"]}}}}""")]
    public void Read_OrcaAccessEndpoints_InternetExposesTheAsset(string raw) =>
        VendorRelationExtractor.Read("orca", Vm, raw).ShouldHaveSingleItem().Detail.ShouldBe("Orca: access endpoints 54.1.2.3:443");

    [Theory]
    [InlineData("""{"asset_labels":["pii"],"model":{"data":{"Inventory":{"AccessEndpoints":"[]"}}}}""")]
    [InlineData("""{"model":{"data":{"Inventory":{"AccessEndpoints":"not a list"}}}}""")]
    [InlineData("""{"asset_labels":"internet_facing"}""")]
    public void Read_OrcaWithoutExposure_EmitsNothing(string raw) =>
        VendorRelationExtractor.Read("orca", Vm, raw).ShouldBeEmpty();

    [Fact]
    public void Read_OrcaInstanceProfileOfTheAssetsModel_RunsAsIt()
    {
        var raw = """{"asset_type":"AwsEc2Instance","model":{"type":"AwsEc2Instance","data":{"AwsEc2Instance":{"IamInstanceProfile":{"Arn":"arn:aws:iam::111122223333:instance-profile/web"},"Arn":"arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"}}}}""";

        var edge = VendorRelationExtractor.Read("orca", Vm, raw).ShouldHaveSingleItem();

        edge.ShouldBe(new AssetRelationship(Vm.Uid, ResourceIds.Parse("arn:aws:iam::111122223333:instance-profile/web")!.Uid, "runs-as", "Orca: AwsEc2Instance.IamInstanceProfile", RelationshipOrigins.Orca));
    }

    [Fact]
    public void Read_OrcaRoleFieldOfAnotherModel_IsNotTheAssetsOwn()
    {
        var raw = """{"asset_type":"AwsEc2Instance","model":{"type":"AwsEc2Instance","data":{"Inventory":{"RoleArn":"ROLE"}}}}""".Replace("ROLE", Role, StringComparison.Ordinal);

        VendorRelationExtractor.Read("orca", Vm, raw).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("not json at all :iam:: nternetExposure")]
    [InlineData("""{"vulnerableAsset":{"hasWideInternetExposure":tru""")]
    [InlineData("""["hasWideInternetExposure"]""")]
    [InlineData("")]
    public void Read_MalformedRecord_YieldsNothingAndDoesNotThrow(string raw)
    {
        VendorRelationExtractor.Read("wiz", Vm, raw).ShouldBeEmpty();
        VendorRelationExtractor.Read("orca", Vm, raw).ShouldBeEmpty();
    }

    [Fact]
    public void Read_OtherSource_IsNotRead() =>
        VendorRelationExtractor.Read("lacework", Vm, """{"vulnerableAsset":{"hasWideInternetExposure":true}}""").ShouldBeEmpty();
}
