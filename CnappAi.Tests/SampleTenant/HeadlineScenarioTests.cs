using System.Text.Json;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.SampleTenant;

/// <summary>The cross-cloud chain every tenant holds: AKS container with Log4Shell → AWS role keys → federated GCP service account → public PII bucket.</summary>
[Collection(SampleTenantCollection.Name)]
public class HeadlineScenarioTests(SampleTenantFixture tenant)
{
    [Fact]
    public void Manifest_AttackPath_RunsFromAksThroughAwsToAPublicPiiBucketInGcp()
    {
        var path = tenant.Manifest.Paths.ShouldHaveSingleItem();
        var steps = path.GetProperty("steps").EnumerateArray().ToList();

        steps.Select(s => s.GetProperty("cloud").GetString()).ShouldBe(["azure", "aws", "gcp", "gcp"]);
        steps.Select(s => s.GetProperty("relationship").GetString()).ShouldBe([null, "holds-credential-for", "federates-to", "can-read"]);
        Resource(steps[0]).ShouldStartWith("k8s://");
        Resource(steps[1]).ShouldMatch(@"^arn:aws:iam::\d{12}:role/");
        Resource(steps[2]).ShouldStartWith("//iam.googleapis.com/projects/");
        Resource(steps[3]).ShouldStartWith("//storage.googleapis.com/");
        var bucket = tenant.Manifest.Resources[Resource(steps[3])];
        bucket.GetProperty("crownJewel").GetBoolean().ShouldBeTrue();
        bucket.GetProperty("dataClassification").GetString().ShouldBe("pii");
        tenant.Manifest.Resources[Resource(steps[0])].GetProperty("internetFacing").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Observations_EveryHopOfThePath_IsSeenAndExplainedByFindings()
    {
        var path = tenant.Manifest.Paths.Single();
        var observations = tenant.Parsed.Values.SelectMany(p => p.Observations).ToList();
        var problems = tenant.Manifest.Problems.ToDictionary(p => p.Id);
        var pathResources = path.GetProperty("steps").EnumerateArray().Select(Resource)
            .Append(path.GetProperty("evidence")[0].GetProperty("resource").GetString()!).ToList();
        foreach (var step in path.GetProperty("steps").EnumerateArray())
        {
            var uid = Resource(step);
            observations.ShouldContain(o => o.Resource!.Uid == uid, $"no tool reports {uid}");
            var enabledBy = step.GetProperty("enabledBy").EnumerateArray().Select(e => problems[e.GetString()!]).ToList();
            enabledBy.ShouldNotBeEmpty();
            enabledBy.ShouldAllBe(p => pathResources.Contains(p.Resource) && p.Observations.Count > 0);
        }

        var role = Resource(path.GetProperty("steps")[1]);
        observations.Where(o => o.Resource!.Uid == role).Select(o => o.Source).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        var bucket = Resource(path.GetProperty("steps")[3]);
        observations.Where(o => o.Resource!.Uid == bucket).Select(o => o.Source).Distinct().Order().ShouldBe(["gcp-scc", "prisma", "wiz"]);
    }

    [Fact]
    public void Observations_ContainerImage_HasKnownExploitedLog4ShellFromSeveralTools()
    {
        var image = tenant.Manifest.Paths.Single().GetProperty("evidence")[0].GetProperty("resource").GetString()!;

        var log4shell = tenant.Parsed.Values.SelectMany(p => p.Observations)
            .Where(o => o.Resource!.Uid == image && o.Cves.Contains("CVE-2021-44228")).ToList();

        log4shell.Select(o => o.Source).Distinct().Order().ShouldBe(["defender", "lacework", "wiz"]);
        log4shell.ShouldAllBe(o => o.Status == CnappAi.Modules.Normalization.Contracts.FindingStatus.Open);
        tenant.Manifest.Problems.Single(p => p.Resource == image && p.Key == "CVE-2021-44228").Kev.ShouldBeTrue();
    }

    [Fact]
    public void Relationships_File_HoldsTheChainsEdges()
    {
        var path = tenant.Manifest.Paths.Single();
        var hops = path.GetProperty("steps").EnumerateArray().Select(Resource).ToList();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(tenant.Directory, "context", "relationships.json")));
        var edges = json.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => (e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("relationship").GetString()))
            .ToHashSet();

        edges.ShouldContain(("internet", hops[0], "exposes"));
        edges.ShouldContain((hops[0], hops[1], "holds-credential-for"));
        edges.ShouldContain((hops[1], hops[2], "federates-to"));
        edges.ShouldContain((hops[2], hops[3], "can-read"));
        edges.ShouldContain((hops[0], path.GetProperty("evidence")[0].GetProperty("resource").GetString(), "runs-image"));
    }

    [Fact]
    public void AssetContext_CrownJewelBucket_IsClassifiedPiiAndCritical()
    {
        var bucket = Resource(tenant.Manifest.Paths.Single().GetProperty("steps")[3]);
        var lines = File.ReadAllLines(Path.Combine(tenant.Directory, "context", "assets.csv"));
        var header = lines[0].Split(',');

        var row = lines.Skip(1).Select(l => l.Split(',')).Single(r => r[0] == bucket);

        row[Array.IndexOf(header, "data_classification")].ShouldBe("pii");
        row[Array.IndexOf(header, "business_criticality")].ShouldBe("critical");
        row[Array.IndexOf(header, "owner_team")].ShouldBe("data-platform");
    }

    [Fact]
    public async Task WriteAsync_SmallestTenant_StillHoldsTheWholeChain()
    {
        using var files = new TempFiles();

        var summary = await SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 1, 99, SampleTenantFixture.AsOf));

        var manifest = SampleManifest.Read(summary.ManifestPath);
        var path = manifest.Paths.ShouldHaveSingleItem();
        path.GetProperty("steps").EnumerateArray().Select(Resource).ShouldAllBe(uid => manifest.Resources.ContainsKey(uid));
        manifest.Problems.ShouldContain(p => p.Key == "CVE-2021-44228" && p.Observations.Count == 3);
    }

    private static string Resource(JsonElement step) => step.GetProperty("resource").GetString()!;
}
