using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Context;

public class AssetContextCsvParserTests
{
    private const string Header =
        "resource_id,provider,account_id,account_name,region,resource_type,name,application,owner_team,owner_email,environment,data_classification,business_criticality,internet_facing,tags";

    [Fact]
    public async Task Parse_WellFormedRows_AreRecognisedAsCmdbContextWithoutObservations()
    {
        using var files = new TempFiles();
        var path = files.Write("assets.csv", $"""
            {Header}
            arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123,aws,111122223333,acme-prod,us-east-1,virtual-machine,web-1,storefront,web,web@acme.example,prod,public,high,true,owner=web;env=prod
            /subscriptions/0000/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/acmelogs,azure,0000,acme-prod,eastus,object-storage,acmelogs,data-lake,data,data@acme.example,production,pii,critical,false,
            k8s://cluster-a/payments/deployment/api,kubernetes,111122223333,acme-prod,us-east-1,kubernetes-workload,api,payments-api,payments,pay@acme.example,dev,pci,medium,,
            acme.azurecr.io/payments/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,container,0000,acme-prod,eastus,container-image,api,payments-api,payments,pay@acme.example,staging,internal,low,false,
            """);

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldBe("asset-context-csv");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("not-an-id,aws,1,a,r,t,n,app,team,e,prod,pii,high,false,", "resource_id 'not-an-id'")]
    [InlineData(",aws,1,a,r,t,n,app,team,e,prod,pii,high,false,", "record has no resource_id")]
    [InlineData("arn:aws:s3:::b,aws,1,a,r,t,n,app,team,e,production-eu,pii,high,false,", "environment 'production-eu'")]
    [InlineData("arn:aws:s3:::b,aws,1,a,r,t,n,app,team,e,prod,secret,high,false,", "data_classification 'secret'")]
    [InlineData("arn:aws:s3:::b,aws,1,a,r,t,n,app,team,e,prod,pii,urgent,false,", "business_criticality 'urgent'")]
    [InlineData("arn:aws:s3:::b,aws,1,a,r,t,n,app,team,e,prod,pii,high,maybe,", "internet_facing 'maybe'")]
    [InlineData("arn:aws:s3:::b,aws,1,a,r,t,n,app,,e,prod,pii,high,false,", "record has no owner_team")]
    public async Task Parse_MalformedRow_IsRejectedWithItsLineAndTheRestIsKept(string badRow, string reason)
    {
        using var files = new TempFiles();
        var good = "arn:aws:s3:::acme-logs,aws,111122223333,acme-prod,,object-storage,acme-logs,data-lake,data,d@acme.example,prod,internal,low,false,";
        var path = files.Write("assets.csv", $"{Header}\n{good}\n{badRow}\n{good}\n");

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldBe("asset-context-csv");
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("line 3");
        rejection.Error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task Detect_CsvWithoutTheBusinessColumns_IsNotClaimedAsCmdb()
    {
        using var files = new TempFiles();
        var path = files.Write("inventory.csv", "resource_id,owner_team,environment,application\narn:aws:s3:::b,web,prod,storefront\n");

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldNotBe("asset-context-csv");
    }
}
