using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Assets;

public class AssetInventoryTests
{
    private static readonly CanonicalResource Bucket = new("arn:aws:s3:::customer-exports", CloudProvider.Aws, "111122223333", null, "s3:bucket", ResourceClass.Bucket, "customer-exports");

    [Fact]
    public async Task Import_FindingWithTags_AddsTheAssetWithContextAndCrownJewelByTheDefaultRule()
    {
        await using var services = await TestServices.CreateAsync();
        var raw = """{"resource":{"tags":{"owner":"payments","environment":"production","application":"checkout","data-classification":"pii"}}}""";

        await CorrelationPipeline.ImportAsync(services, Observations.Misconfiguration("wiz", "w-1", "S3-003") with { Resource = Bucket, RawRecord = raw });
        var asset = await services.Get<IAssetsFacade>().GetAsync(Bucket.Uid, CancellationToken.None);
        var finding = (await CorrelationPipeline.FindingsAsync(services)).Single();

        asset!.Context.ShouldBe(new AssetContext("payments", "prod", "checkout", "pii", DataSensitivity.Restricted, Criticality.Unknown, null, CrownJewel: true));
        asset.ContextSources["team"].ShouldBe(ContextSource.Tags);
        finding.Team.ShouldBe("payments");
        finding.Environment.ShouldBe("prod");
    }

    [Fact]
    public async Task Context_ManualBeatsCmdbBeatsTags_AndAChangeRescoresTheFindings()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var raw = """{"tags":{"owner":"from-tags","environment":"dev"}}""";
        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773", cvss: 7.5) with { RawRecord = raw });
        var assets = services.Get<IAssetsFacade>();
        var devScore = (await CorrelationPipeline.FindingsAsync(services)).Single().RiskScore;

        var cmdb = files.Write("cmdb.csv", $"resource_id,owner_team,environment,business_criticality,internet_facing\n{Observations.Instance.Uid},payments,prod,critical,true\nnot-an-id,x,prod,low,false\n");
        var summary = await assets.ImportCmdbAsync(cmdb, "importer", CancellationToken.None);
        await assets.EditContextAsync(new AssetContextEdit(Observations.Instance.Uid, "alice") { Team = "platform" }, CancellationToken.None);
        await assets.ImportCmdbAsync(cmdb, "importer", CancellationToken.None);
        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773", cvss: 7.5) with { RawRecord = raw });
        var asset = await assets.GetAsync(Observations.Instance.Uid, CancellationToken.None);
        var finding = (await CorrelationPipeline.FindingsAsync(services)).Single();

        summary.Applied.ShouldBe(1);
        summary.Skipped.ShouldBe(1);
        summary.Problems.ShouldHaveSingleItem().ShouldStartWith("line 3:");
        asset!.Context.Team.ShouldBe("platform");
        asset.Context.Environment.ShouldBe("prod");
        asset.Context.Criticality.ShouldBe(Criticality.Critical);
        asset.Context.InternetFacing.ShouldBe(true);
        asset.ContextSources["team"].ShouldBe(ContextSource.Manual);
        asset.ContextSources["environment"].ShouldBe(ContextSource.Cmdb);
        asset.ContextChangedBy.ShouldBe("alice");
        finding.Team.ShouldBe("platform");
        finding.Environment.ShouldBe("prod");
        finding.RiskScore.ShouldBeGreaterThan(devScore);
    }

    [Fact]
    public async Task Relationships_InternetExposureAndImages_AreAppliedAndKeptOnce()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var workload = "k8s://prod-1/shop/deployment/web";
        var image = "registry.example.com/shop/web@sha256:" + new string('b', 64);
        var json = files.Write("relationships.json", $$"""
            {"schema":"cnappai-relationships/1","edges":[
              {"source":"internet","target":"{{workload}}","relationship":"exposes"},
              {"source":"{{workload}}","target":"{{image}}","relationship":"runs-image"},
              {"source":"nonsense","target":"{{image}}","relationship":"contains"}]}
            """);
        var assets = services.Get<IAssetsFacade>();

        var first = await assets.ImportRelationshipsAsync(json, "importer", CancellationToken.None);
        var second = await assets.ImportRelationshipsAsync(json, "importer", CancellationToken.None);

        first.Applied.ShouldBe(2);
        first.Skipped.ShouldBe(1);
        second.Applied.ShouldBe(0);
        (await assets.GetAsync(workload, CancellationToken.None))!.Context.InternetFacing.ShouldBe(true);
        assets.WorkloadImages[workload].ShouldBe(ResourceIds.ContainerImage(image)!.Uid);
        (await assets.GetRelationshipsAsync(workload, CancellationToken.None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task TagKeys_ConfiguredPerCloud_AreReadBeforeTheDefaults()
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?> { ["Assets:TagKeys:Aws:Team:0"] = "cost-owner" });
        var raw = """{"tags":{"owner":"default-owner","cost-owner":"finance"}}""";

        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773") with { RawRecord = raw });

        (await services.Get<IAssetsFacade>().GetAsync(Observations.Instance.Uid, CancellationToken.None))!.Context.Team.ShouldBe("finance");
    }

    [Fact]
    public async Task Query_FiltersByTeamAndCrownJewel()
    {
        await using var services = await TestServices.CreateAsync();
        await CorrelationPipeline.ImportAsync(services,
            Observations.Misconfiguration("wiz", "w-1", "S3-003") with { Resource = Bucket, RawRecord = """{"tags":{"owner":"payments","environment":"prod","data-classification":"pci"}}""" },
            Observations.Vulnerability("wiz", "w-2", "CVE-2021-41773") with { RawRecord = """{"tags":{"owner":"web"}}""" });
        var assets = services.Get<IAssetsFacade>();

        var jewels = await assets.QueryAsync(new AssetQuery { CrownJewel = true }, CancellationToken.None);
        var web = await assets.QueryAsync(new AssetQuery { Team = "web" }, CancellationToken.None);

        jewels.Items.ShouldHaveSingleItem().Resource.Uid.ShouldBe(Bucket.Uid);
        web.Total.ShouldBe(1);
        web.Items[0].Resource.Uid.ShouldBe(Observations.Instance.Uid);
    }
}
