using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.SampleTenant;

/// <summary>The default tenant, read file by file through real detection and the real parsers.</summary>
[Collection(SampleTenantCollection.Name)]
public class SampleFilesParsingTests(SampleTenantFixture tenant)
{
    private static readonly string[] VendorSources = ["aws-securityhub", "defender", "gcp-scc", "lacework", "orca", "prisma", "wiz"];

    [Fact]
    public void Parse_EveryGeneratedFile_IsDetectedWithZeroRejections()
    {
        tenant.Parsed.Count.ShouldBeGreaterThan(10);
        foreach (var (file, parsed) in tenant.Parsed)
        {
            parsed.Format.ShouldNotBeNull($"{file} was not recognised: {(parsed.Rejections.Count > 0 ? parsed.Rejections[0].Error : null)}");
            parsed.Rejections.ShouldBeEmpty($"{file}: {string.Join("; ", parsed.Rejections.Take(3).Select(r => $"{r.Location} {r.Error}"))}");
        }
    }

    [Fact]
    public void Parse_AllFiles_ObservationAndFindingCountsMatchSummaryAndManifest()
    {
        var observations = tenant.Parsed.Values.SelectMany(p => p.Observations).ToList();

        observations.Count.ShouldBe(tenant.Summary.Observations);
        observations.Count.ShouldBe(tenant.Manifest.Count("observations"));
        observations.Select(o => (o.Source, o.SourceFindingId)).Distinct().Count().ShouldBe(tenant.Summary.ExpectedFindings);
        tenant.Summary.ExpectedFindings.ShouldBe(tenant.Manifest.Count("findings"));
        tenant.Summary.ExpectedFindings.ShouldBeLessThan(tenant.Summary.Observations, "Lacework's overlapping search windows repeat some rows");
        tenant.Parsed.Count.ShouldBe(tenant.Summary.Files);
        tenant.Summary.Assets.ShouldBe(300);
    }

    [Fact]
    public void Parse_PerSource_MatchesTheSummaryAndCoversEveryVendor()
    {
        var bySource = tenant.Parsed.Values.SelectMany(p => p.Observations).GroupBy(o => o.Source).ToDictionary(g => g.Key, g => g.Count());

        bySource.Keys.Order().ShouldBe(VendorSources);
        foreach (var source in tenant.Summary.Sources)
        {
            bySource.GetValueOrDefault(source.Source).ShouldBe(source.Observations, source.Source);
        }

        tenant.Summary.Sources.Select(s => s.Source).ShouldContain("cmdb");
        tenant.Summary.Sources.Sum(s => s.Files).ShouldBe(tenant.Summary.Files);
    }

    [Fact]
    public void Parse_ContextFiles_AreRecognisedAndYieldNoObservations()
    {
        tenant.Parsed[Path.Combine("context", "assets.csv")].Format.ShouldBe("asset-context-csv");
        tenant.Parsed[Path.Combine("context", "relationships.json")].Format.ShouldBe("relationships-json");
        tenant.Parsed["manifest.ndjson"].Format.ShouldBe("sample-manifest");
        tenant.Parsed.Where(p => p.Key.StartsWith("context", StringComparison.Ordinal) || p.Key == "manifest.ndjson")
            .SelectMany(p => p.Value.Observations).ShouldBeEmpty();
    }

    [Fact]
    public void Parse_EveryObservation_IsExpectedByTheManifestWithItsResourceSeverityAndStatus()
    {
        var expected = tenant.Manifest.Observations();
        foreach (var observation in tenant.Parsed.Values.SelectMany(p => p.Observations))
        {
            expected.TryGetValue((observation.Source, observation.SourceFindingId), out var truth)
                .ShouldBeTrue($"{observation.Source} {observation.SourceFindingId} is not in the manifest");
            Name(observation.Severity).ShouldBe(truth.Observation.Severity, $"{observation.Format} {observation.SourceFindingId}");
            Name(observation.Status).ShouldBe(truth.Observation.Status.Replace("-", string.Empty, StringComparison.Ordinal), $"{observation.Format} {observation.SourceFindingId}");
            observation.Resource!.Uid.ShouldBe(truth.Problem.Resource, $"{observation.Format} {observation.SourceFindingId}");
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
