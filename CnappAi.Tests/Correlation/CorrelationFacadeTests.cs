using CnappAi.Modules.Correlation;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Correlation;

public class CorrelationFacadeTests
{
    private static readonly CanonicalResource Bucket = new("arn:aws:s3:::shop-data", CloudProvider.Aws, "111122223333", null, "s3:bucket", ResourceClass.Bucket, "shop-data");

    [Fact]
    public async Task Import_SameProblemFromThreeTools_IsOneUnifiedFindingWithOnePrimaryAndAReadableWhy()
    {
        await using var services = await TestServices.CreateAsync();

        await CorrelationPipeline.ImportAsync(services,
            Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228", Severity.Critical, 10),
            Observations.Vulnerability("orca", "o-1", "CVE-2021-44228", Severity.High),
            Observations.Vulnerability("lacework", "l-1", "CVE-2021-44228", Severity.Critical));
        var findings = await CorrelationPipeline.FindingsAsync(services);
        var why = await services.Get<ICorrelationFacade>().ExplainMergeAsync(findings[0].Id, CancellationToken.None);

        findings.Select(f => f.ClusterId).Distinct().ShouldHaveSingleItem();
        findings.Count(f => f.IsPrimary).ShouldBe(1);
        findings.ShouldAllBe(f => f.ClusterSources == 3 && f.RiskScore == findings[0].RiskScore && f.MatchReason == "cve CVE-2021-44228");
        why!.Members.Count.ShouldBe(3);
        why.Summary.ShouldBe($"3 reports from 3 tool(s) (lacework, orca, wiz) on {Observations.Instance.Uid}, merged because each matched cve CVE-2021-44228.");
    }

    [Fact]
    public async Task Split_WrongMerge_StaysSplitOnReimportAndIsExplained()
    {
        await using var services = await TestServices.CreateAsync();
        var wiz = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228");
        var orca = Observations.Vulnerability("orca", "o-1", "CVE-2021-44228");
        await CorrelationPipeline.ImportAsync(services, wiz, orca);
        var before = await CorrelationPipeline.FindingsAsync(services);
        var orcaId = before.Single(f => f.Source == "orca").Id;

        var split = await services.Get<ICorrelationFacade>().SplitAsync(new SplitRequest(before[0].ClusterId, [orcaId], "Orca reports a different jar", "alice"), CancellationToken.None);
        await CorrelationPipeline.ImportAsync(services, wiz, orca with { Title = "CVE-2021-44228 in log4j (rescanned)" });
        var after = await CorrelationPipeline.FindingsAsync(services);
        var why = await services.Get<ICorrelationFacade>().ExplainMergeAsync(before[0].ClusterId, CancellationToken.None);

        split.Moved.ShouldBe(1);
        after.Single(f => f.Id == orcaId).ClusterId.ShouldBe(split.NewClusterId);
        after.Single(f => f.Id == orcaId).MatchReason.ShouldBe("split by alice: Orca reports a different jar");
        after.Single(f => f.Source == "wiz").ClusterId.ShouldBe(before[0].ClusterId);
        after.ShouldAllBe(f => f.IsPrimary && f.ClusterSources == 1);
        why!.Splits.ShouldHaveSingleItem().SplitBy.ShouldBe("alice");
    }

    [Fact]
    public async Task Split_EveryMemberOrAStranger_IsRefused()
    {
        await using var services = await TestServices.CreateAsync();
        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"), Observations.Vulnerability("orca", "o-1", "CVE-2021-44228"));
        var findings = await CorrelationPipeline.FindingsAsync(services);
        var correlation = services.Get<ICorrelationFacade>();

        await Should.ThrowAsync<ArgumentException>(() => correlation.SplitAsync(new SplitRequest(findings[0].ClusterId, [.. findings.Select(f => f.Id)], "all", "bob"), CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => correlation.SplitAsync(new SplitRequest(findings[0].ClusterId, ["not-a-member"], "x", "bob"), CancellationToken.None));
    }

    [Fact]
    public async Task ConfirmMapping_UnmappedRule_IsSuggestedThenMergedWithTheControlsOtherFindings()
    {
        await using var services = await TestServices.CreateAsync();
        var wiz = Observations.Misconfiguration("wiz", "w-1", "S3-003") with { Resource = Bucket, Title = "S3 Bucket should not be publicly accessible", Category = FindingCategory.DataExposure };
        var custom = Observations.Misconfiguration("orca", "o-7", "custom-public-bucket") with { Resource = Bucket, Title = "Bucket allows public read access to everyone" };
        await CorrelationPipeline.ImportAsync(services, wiz, custom);
        var correlation = services.Get<ICorrelationFacade>();

        var unmapped = await correlation.GetUnmappedRulesAsync(CancellationToken.None);
        var moved = await correlation.ConfirmMappingAsync(new ConfirmMappingRequest("orca", "custom-public-bucket", "storage.public-access", "carol"), CancellationToken.None);
        var findings = await CorrelationPipeline.FindingsAsync(services);

        var rule = unmapped.ShouldHaveSingleItem();
        rule.RuleKey.ShouldBe("custom-public-bucket");
        rule.Suggestions[0].ControlId.ShouldBe("storage.public-access");
        moved.ShouldBe(1);
        findings.Select(f => f.ClusterId).Distinct().ShouldHaveSingleItem();
        findings.Single(f => f.Source == "orca").MatchReason.ShouldBe("control storage.public-access by confirmed mapping of custom-public-bucket");
        (await correlation.GetUnmappedRulesAsync(CancellationToken.None)).ShouldBeEmpty();
        findings.ShouldAllBe(f => f.ClusterSources == 2);
    }

    [Fact]
    public async Task ControlOf_VendorsOwnNames_ResolveToSharedControls()
    {
        await using var services = await TestServices.CreateAsync();
        var correlation = services.Get<ICorrelationFacade>();

        correlation.ControlOf("prisma", "7a2f0ae4", "AWS S3 buckets are accessible to public")!.ControlId.ShouldBe("storage.public-access");
        correlation.ControlOf("aws-securityhub", "EC2.13", "Security groups should not allow ingress to port 22")!.ControlId.ShouldBe("network.open-ssh");
        correlation.ControlOf("aws-securityhub", "prowler-iam_root_mfa_enabled", "Ensure MFA is enabled for the root account")!.ControlId.ShouldBe("identity.root-mfa");
        correlation.ControlOf("gcp-scc", "OPEN_FIREWALL", "OPEN_FIREWALL")!.Basis.ShouldBe(MatchBasis.RuleId);
        correlation.ControlOf("aws-securityhub", "arn:aws:guardduty:us-east-1:1:detector/x", "EC2 instance is querying a domain associated with Bitcoin-related activity", FindingCategory.Threat)!
            .ControlId.ShouldBe("threat.cryptomining");
        correlation.ControlOf("aws-securityhub", "arn:aws:guardduty:us-east-1:1:detector/x", "EC2 instance is querying a domain associated with Bitcoin-related activity", FindingCategory.Misconfiguration)
            .ShouldBeNull();
    }
}
