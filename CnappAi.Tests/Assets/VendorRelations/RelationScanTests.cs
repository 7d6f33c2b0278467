using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.VendorRelations;

namespace CnappAi.Tests.Assets.VendorRelations;

/// <summary>A resource's records are parsed for a kind of relationship fact once per inventory load, not once per finding.</summary>
public class RelationScanTests
{
    private const string Uid = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc";

    [Fact]
    public void ClaimRelationScan_SameKindsTwice_ClaimsThemOnlyTheFirstTime()
    {
        var cache = new AssetContextCache(null!);

        cache.ClaimRelationScan(Uid, RelationKinds.Exposure | RelationKinds.Identity).ShouldBe(RelationKinds.Exposure | RelationKinds.Identity);
        cache.ClaimRelationScan(Uid, RelationKinds.Exposure).ShouldBe(RelationKinds.None);
        cache.ClaimRelationScan(Uid, RelationKinds.Exposure | RelationKinds.Image).ShouldBe(RelationKinds.Image);
        cache.RelationsScanned(Uid).ShouldBe(RelationKinds.Exposure | RelationKinds.Identity | RelationKinds.Image);
        cache.ClaimRelationScan("another", RelationKinds.Exposure).ShouldBe(RelationKinds.Exposure);
    }

    [Theory]
    [InlineData("""{"vulnerableAsset":{"hasWideInternetExposure":true}}""", (int)RelationKinds.Exposure)]
    [InlineData("""{"asset_labels":["internet_facing"]}""", (int)RelationKinds.Exposure)]
    [InlineData("""{"model":{"data":{"Inventory":{"AccessEndpoints":"[]"}}}}""", (int)RelationKinds.Exposure)]
    [InlineData("""{"entitySnapshot":{"kubernetesClusterName":"prod"}}""", (int)RelationKinds.Cluster)]
    [InlineData("""{"vulnerableAsset":{"ImageExternalId":"x"}}""", (int)RelationKinds.Image)]
    [InlineData("""{"x":"arn:aws:iam::111122223333:role/web"}""", (int)RelationKinds.Identity)]
    [InlineData("""{"x":"run@p.iam.gserviceaccount.com"}""", (int)RelationKinds.Identity)]
    [InlineData("""{"title":"nothing related"}""", (int)RelationKinds.None)]
    public void KindsIn_VendorRecord_FindsItsMarkers(string raw, int expectedKinds)
    {
        var expected = (RelationKinds)expectedKinds;

        VendorRelationExtractor.KindsIn("wiz", raw).ShouldBe(expected);
        VendorRelationExtractor.KindsIn("prisma", raw).ShouldBe(RelationKinds.None);
        VendorRelationExtractor.KindsIn("orca", raw, RelationKinds.All & ~expected).ShouldBe(RelationKinds.None);
    }
}
