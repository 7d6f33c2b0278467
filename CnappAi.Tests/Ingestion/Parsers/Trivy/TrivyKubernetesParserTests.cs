using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyKubernetesParserTests
{
    private const string Dir = "trivy/defectdojo/trivy/";
    private const string EksCluster = "arn:aws:eks:us-east-1:576036489467:cluster/monitoring-test-cluster";

    [Theory]
    [InlineData("kubernetes.json", 20, 20)]
    [InlineData("issue_9170.json", 37, 37)]
    [InlineData("kubernetes_fabricated_subset.json", 13, 13)]

    // Fabricated files repeat records on purpose; exact repeats share an id and collapse in the store.
    [InlineData("kubernetes_fabricated_internal_duplicates.json", 13, 10)]
    [InlineData("kubernetes_fabricated_internal_duplicates_subset.json", 5, 3)]
    public async Task ParseAsync_KubernetesFixture_YieldsDocumentedCount(string file, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("trivy-k8s");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
    }

    [Fact]
    public async Task ParseAsync_Kubernetes_VulnerabilitiesAndChecksAreAboutTheWorkload()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes.json");

        var first = parsed.Observations[0];
        first.Title.ShouldBe("CVE-2020-27350 apt 1.8.2.1");
        first.Severity.ShouldBe(Severity.Medium);
        var follower = ResourceIds.Kubernetes(EksCluster, "default", "Deployment", "redis-follower");
        follower.Provider.ShouldBe(CloudProvider.Kubernetes);
        follower.Class.ShouldBe(ResourceClass.K8sWorkload);
        first.Resource.ShouldBe(follower);
        var check = parsed.Observations.First(o => o.RuleId == "KSV001");
        check.Title.ShouldBe("KSV001 - Process can elevate its own privileges");
        check.Severity.ShouldBe(Severity.Medium);
        check.Category.ShouldBe(FindingCategory.Misconfiguration);
        check.Resource.ShouldBe(follower);
        parsed.Observations.Count(o => o.Category == FindingCategory.Vulnerability).ShouldBe(10);
    }

    [Fact]
    public async Task ParseAsync_Issue9170_ResourcesLayoutNamesEachObject()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "issue_9170.json");

        var first = parsed.Observations[0];
        first.Title.ShouldBe("KSV116 - Runs with a root primary or supplementary GID");
        first.Severity.ShouldBe(Severity.Low);
        first.Resource.ShouldBe(ResourceIds.Kubernetes("minikube", "default", "Service", "kubernetes"));
        parsed.Observations.Select(o => o.Resource!.Uid).Distinct().Count().ShouldBe(13);
    }

    [Fact]
    public async Task ParseAsync_FabricatedInternalDuplicates_RepeatsMatchDefectDojosCountOfThree()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes_fabricated_internal_duplicates.json");

        // DefectDojo finds 3 internal duplicates: the three repeated vulnerabilities. The two KSV001 records
        // name different containers ('follower', 'leader') and stay apart because the message is in the key.
        (parsed.Observations.Count - parsed.DistinctFindings).ShouldBe(3);
        parsed.Observations.Where(o => o.RuleId == "KSV001").Select(o => o.SourceFindingId).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task ParseAsync_SubsetAfterFullReport_EveryFindingIsAlreadyKnown()
    {
        var full = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes.json");
        var subset = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes_fabricated_subset.json");

        // DefectDojo: importing the subset after kubernetes.json gives 13 duplicates, i.e. all of it.
        var known = full.Observations.Select(o => o.SourceFindingId).ToHashSet();
        subset.Observations.Count(o => known.Contains(o.SourceFindingId)).ShouldBe(13);
    }

    [Fact]
    public async Task ParseAsync_DuplicatesSubsetAfterDuplicatesFile_AllFiveAreDuplicates()
    {
        var first = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes_fabricated_internal_duplicates.json");
        var second = await ParserHarness.ParseFixtureAsync(Dir + "kubernetes_fabricated_internal_duplicates_subset.json");

        var known = first.Observations.Select(o => o.SourceFindingId).ToHashSet();
        second.Observations.Count(o => known.Contains(o.SourceFindingId)).ShouldBe(5);
    }
}
