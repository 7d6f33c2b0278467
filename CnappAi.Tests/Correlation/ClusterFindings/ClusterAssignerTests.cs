using System.Collections.Frozen;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace CnappAi.Tests.Correlation.ClusterFindings;

public class ClusterAssignerTests
{
    private static readonly CanonicalResource Workload = ResourceIds.Kubernetes("prod-1", "shop", "deployment", "web");
    private static readonly CanonicalResource Image = ResourceIds.ContainerImage("registry.example.com/shop/web@sha256:" + new string('a', 64))!;

    [Fact]
    public void Assign_SameCveSameResourceFromTwoTools_IsOneClusterKeyedOnTheCve()
    {
        var assigner = Assigner();

        var wiz = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228")), null);
        var orca = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("orca", "o-9", "CVE-2021-44228")), null);

        orca.ClusterId.ShouldBe(wiz.ClusterId);
        wiz.Kind.ShouldBe(ClusterKeyKind.Cve);
        wiz.MatchReason.ShouldBe("cve CVE-2021-44228");
    }

    [Fact]
    public void Assign_DifferentCveOrResource_IsAnotherCluster()
    {
        var assigner = Assigner();
        var log4shell = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228")), null);
        var other = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228") with { Resource = Observations.Instance with { Uid = "arn:aws:ec2:us-east-1:111122223333:instance/i-0def456" } };

        assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("wiz", "w-2", "CVE-2021-45046")), null).ClusterId.ShouldNotBe(log4shell.ClusterId);
        assigner.Assign(CorrelationInput.Of(other), null).ClusterId.ShouldNotBe(log4shell.ClusterId);
    }

    [Fact]
    public void Assign_GhsaAliasOfACve_MergesWithTheCveAndSaysVia()
    {
        var assigner = Assigner();
        var cve = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("trivy", "t-1", "CVE-2021-44228")), null);
        var ghsa = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228") with { Cves = [], RuleId = "GHSA-jfh8-c2jp-5v3q", Title = "log4j-core: GHSA-jfh8-c2jp-5v3q" };

        var assignment = assigner.Assign(CorrelationInput.Of(ghsa), null);

        assignment.ClusterId.ShouldBe(cve.ClusterId);
        assignment.MatchReason.ShouldBe("cve CVE-2021-44228 via GHSA-JFH8-C2JP-5V3Q");
    }

    [Fact]
    public void Assign_AdvisoryWithoutKnownCve_KeysOnTheAdvisory()
    {
        var assigner = Assigner();
        var first = Observations.Vulnerability("wiz", "w-1", "x") with { Cves = [], RuleId = "GHSA-m425-mq94-257g", Title = "grpc" };
        var second = first with { Source = "trivy", SourceFindingId = "t-7", RuleId = null, Title = "google.golang.org/grpc GHSA-m425-mq94-257g" };

        var a = assigner.Assign(CorrelationInput.Of(first), null);

        a.Kind.ShouldBe(ClusterKeyKind.Advisory);
        assigner.Assign(CorrelationInput.Of(second), null).ClusterId.ShouldBe(a.ClusterId);
    }

    [Fact]
    public void Assign_VendorRulesOfOneControlOnOneBucket_MergeThroughTheCrosswalk()
    {
        var assigner = Assigner();
        var bucket = new CanonicalResource("arn:aws:s3:::shop-data", CloudProvider.Aws, null, null, "s3:bucket", ResourceClass.Bucket, "shop-data");
        var wiz = Observations.Misconfiguration("wiz", "w-1", "S3-003") with { Resource = bucket, Title = "S3 Bucket should not be publicly accessible" };
        var prisma = Observations.Misconfiguration("prisma", "p-1", "630d3779-d932-4fbf-9cce-6e8d793c6916") with { Resource = bucket, Title = "AWS S3 buckets are accessible to public" };

        var byId = assigner.Assign(CorrelationInput.Of(wiz), null);
        var byName = assigner.Assign(CorrelationInput.Of(prisma), null);

        byName.ClusterId.ShouldBe(byId.ClusterId);
        byId.ControlId.ShouldBe("storage.public-access");
        byId.MatchReason.ShouldBe("control storage.public-access by rule id S3-003");
        byName.MatchReason.ShouldBe("control storage.public-access by rule name \"AWS S3 buckets are accessible to public\"");
    }

    [Fact]
    public void Assign_UnmappedRulesOfTwoTools_StayApartAndAreRecordedForMapping()
    {
        var observed = new ObservedRules();
        var assigner = Assigner(observed: observed);

        var wiz = assigner.Assign(CorrelationInput.Of(Observations.Misconfiguration("wiz", "w-1", "S3-PUBLIC")), null);
        var prisma = assigner.Assign(CorrelationInput.Of(Observations.Misconfiguration("prisma", "p-1", "S3-PUBLIC")), null);

        wiz.ClusterId.ShouldNotBe(prisma.ClusterId);
        wiz.Kind.ShouldBe(ClusterKeyKind.Rule);
        observed.Drain().Select(d => (d.Source, d.Key)).ShouldBe([("wiz", "S3-PUBLIC"), ("prisma", "S3-PUBLIC")], ignoreOrder: true);
    }

    [Fact]
    public void Assign_ConfirmedMapping_OverridesAndMergesAnUnmappedRule()
    {
        var state = new CorrelationState();
        var assigner = Assigner(state);
        state.Replace(CorrelationSnapshot.Empty with
        {
            ConfirmedControls = new Dictionary<string, string> { [CorrelationSnapshot.RuleKey("prisma", "S3-PUBLIC")] = "storage.public-access" }.ToFrozenDictionary(),
        });
        var wiz = Observations.Misconfiguration("wiz", "w-1", "S3-003");

        var confirmed = assigner.Assign(CorrelationInput.Of(Observations.Misconfiguration("prisma", "p-1", "S3-PUBLIC")), null);

        confirmed.ClusterId.ShouldBe(assigner.Assign(CorrelationInput.Of(wiz), null).ClusterId);
        confirmed.MatchReason.ShouldStartWith("control storage.public-access by confirmed mapping");
    }

    [Fact]
    public void Assign_SplitFinding_KeysOnItsSplitInsteadOfTheCve()
    {
        var state = new CorrelationState();
        var assigner = Assigner(state);
        var merged = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("orca", "o-9", "CVE-2021-44228")), () => "finding-1");
        state.Replace(CorrelationSnapshot.Empty with
        {
            Splits = new Dictionary<string, SplitMark> { ["finding-1"] = new("split-a", "different package", "alice") }.ToFrozenDictionary(),
        });

        var split = assigner.Assign(CorrelationInput.Of(Observations.Vulnerability("orca", "o-9", "CVE-2021-44228")), () => "finding-1");

        split.ClusterId.ShouldNotBe(merged.ClusterId);
        split.Kind.ShouldBe(ClusterKeyKind.Split);
        split.MatchReason.ShouldBe("split by alice: different package");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Assign_WorkloadVulnerability_KeysOnTheImageWhenConfigured(bool mergeByImage)
    {
        var state = new CorrelationState();
        state.Replace(CorrelationSnapshot.Empty with { ImageOfWorkload = new Dictionary<string, string> { [Workload.Uid] = Image.Uid }.ToFrozenDictionary() });
        var assigner = Assigner(state, mergeByImage: mergeByImage);
        var onImage = Observations.Vulnerability("lacework", "l-1", "CVE-2021-44228") with { Resource = Image };
        var onWorkload = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228") with { Resource = Workload };

        var workload = assigner.Assign(CorrelationInput.Of(onWorkload), null);

        (workload.ClusterId == assigner.Assign(CorrelationInput.Of(onImage), null).ClusterId).ShouldBe(mergeByImage);
    }

    private static ClusterAssigner Assigner(CorrelationState? state = null, ObservedRules? observed = null, bool mergeByImage = true)
    {
        state ??= new CorrelationState();
        return new ClusterAssigner(state, new ControlLookup(state), observed ?? new ObservedRules(), Options.Create(new CorrelationOptions { MergeVulnerabilitiesByImage = mergeByImage }));
    }
}
