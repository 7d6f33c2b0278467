using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Assets.VendorRelations;

/// <summary>Vendor files imported through the real ingestion facade into a SQLite database.</summary>
public class VendorEdgeImportTests
{
    internal const string Instance = "arn:aws:ec2:us-east-1:111122223333:instance/i-0fedcba9876543210";
    internal const string Role = "arn:aws:iam::111122223333:role/web-admin";

    /// <summary>
    /// An Orca DSL alerts page: a CVE on an internet-facing EC2 instance whose model names the role it runs as, and an
    /// administrator-access misconfiguration on that role.
    /// </summary>
    internal static string OrcaPage(string alertSuffix = "") => $$$$"""
        {"version":"0.1.0","status":"success","total_items":2,"total_ungrouped_items":2,"next_page_token":null,"has_next_page_token":false,"data":[
          {"type":"cve_vulnerability","type_string":"CVE-2021-44228 in log4j-core 2.14.1","category":"Vulnerabilities","description":"CVE-2021-44228 in log4j-core 2.14.1",
           "asset_name":"web-1","asset_unique_id":"AwsEc2Instance_111122223333_i-0fedcba9876543210","asset_type":"AwsEc2Instance","asset_vendor_id":"i-0fedcba9876543210",
           "asset_regions":["us-east-1"],"asset_labels":["internet_facing"],"cloud_provider":"aws","cloud_vendor_id":"111122223333",
           "model":{"name":"web-1","type":"AwsEc2Instance","data":{"AwsEc2Instance":{"IamRole":"{{{{Role}}}}"},"Inventory":{"Name":"web-1","AccessEndpoints":"[\"54.1.2.3:443\"]"}}},
           "state":{"alert_id":"orca-1{{{{alertSuffix}}}}","status":"open","created_at":"2026-08-01T00:00:00+00:00","last_seen":"2026-08-19T00:00:00+00:00","score":1,"risk_level":"critical"}},
          {"type":"aws_role_admin","type_string":"Role has administrator access (*:*)","category":"IAM misconfigurations","description":"Role has administrator access (*:*)",
           "asset_name":"web-admin","asset_unique_id":"AwsRole_111122223333_web-admin","asset_type":"AwsRole","asset_vendor_id":"AROAEXAMPLE1234567890",
           "asset_regions":["global"],"asset_labels":[],"cloud_provider":"aws","cloud_vendor_id":"111122223333",
           "model":{"name":"web-admin","type":"AwsRole","data":{"AwsRole":{"Arn":"{{{{Role}}}}","RoleName":"web-admin"}}},
           "state":{"alert_id":"orca-2{{{{alertSuffix}}}}","status":"open","created_at":"2026-08-01T00:00:00+00:00","last_seen":"2026-08-19T00:00:00+00:00","score":2,"risk_level":"high"}}
        ]}
        """;

    [Fact]
    public async Task Import_WizVulnerabilityFixture_StoresTheExposureWithItsOriginOnce()
    {
        await using var services = await TestServices.CreateAsync();
        var ingestion = services.Get<IIngestionFacade>();
        var assets = services.Get<IAssetsFacade>();
        var fixture = FixtureFiles.Get("wiz/elastic-integrations/vulnerability/test-vulnerability.log");
        var machine = ResourceIds.Parse("arn:aws:ec2:us-east-1:998231069301:instance/i-0a0f7e1451da5f4a3")!.Uid;

        await ingestion.ImportAsync(new ImportRequest([fixture]), CancellationToken.None);
        var first = await CountAsync(assets);
        await ingestion.ImportAsync(new ImportRequest([fixture]), CancellationToken.None);

        var edge = (await assets.GetRelationshipsAsync(machine, CancellationToken.None)).ShouldHaveSingleItem();
        edge.ShouldBe(new AssetRelationship("internet", machine, "exposes", "Wiz: wide internet exposure (hasWideInternetExposure)", RelationshipOrigins.Wiz));
        first.ShouldBe(1);
        (await CountAsync(assets)).ShouldBe(1);
        (await assets.GetAsync(machine, CancellationToken.None))!.Context.InternetFacing.ShouldBe(true);
    }

    [Fact]
    public async Task Import_OrcaAlerts_StoresExposureAndRunsAsWithOrcaOrigin_AndReimportAddsNone()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var ingestion = services.Get<IIngestionFacade>();
        var assets = services.Get<IAssetsFacade>();
        var instance = ResourceIds.Parse(Instance)!.Uid;
        var role = ResourceIds.Parse(Role)!.Uid;

        var summary = await ingestion.ImportAsync(new ImportRequest([files.Write("orca-alerts.json", OrcaPage())]), CancellationToken.None);
        await ingestion.ImportAsync(new ImportRequest([files.Write("later/orca-alerts.json", OrcaPage("-b"))]), CancellationToken.None);

        summary.Rejected.ShouldBe(0);
        var edges = await assets.GetRelationshipsAsync(instance, CancellationToken.None);
        edges.Select(e => (e.Source, e.Target, e.Relationship, e.Origin)).ShouldBe(
        [
            ("internet", instance, "exposes", RelationshipOrigins.Orca),
            (instance, role, "runs-as", RelationshipOrigins.Orca),
        ], ignoreOrder: true);
        (await CountAsync(assets)).ShouldBe(2);
    }

    [Fact]
    public async Task Import_RelationshipsFileThenVendor_TheFileKeepsTheEdgeAndItsOrigin()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var ingestion = services.Get<IIngestionFacade>();
        var assets = services.Get<IAssetsFacade>();
        var instance = ResourceIds.Parse(Instance)!.Uid;
        var file = files.Write("relationships.csv", $"source,target,relationship,detail\ninternet,{Instance},exposes,ALB tcp/443\n");

        await ingestion.ImportAsync(new ImportRequest([file]), CancellationToken.None);
        await ingestion.ImportAsync(new ImportRequest([files.Write("orca-alerts.json", OrcaPage())]), CancellationToken.None);

        var exposure = (await assets.GetRelationshipsAsync(instance, CancellationToken.None)).Single(e => e.Relationship == "exposes");
        exposure.ShouldBe(new AssetRelationship("internet", instance, "exposes", "ALB tcp/443", RelationshipOrigins.File));
    }

    private static async Task<int> CountAsync(IAssetsFacade assets)
    {
        var count = 0;
        await foreach (var _ in assets.StreamRelationshipsAsync(CancellationToken.None))
        {
            count++;
        }

        return count;
    }
}
