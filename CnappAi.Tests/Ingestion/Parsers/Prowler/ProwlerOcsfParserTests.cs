using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerOcsfParserTests
{
    private const string V3Plus = "prowler/defectdojo/aws_prowler_v3plus/";
    private const string V4 = "prowler/defectdojo/prowler/";

    [Theory]
    [InlineData(V3Plus + "many_vuln.ocsf.json", 3, 3)] // PROVENANCE 2: DefectDojo drops the suppressed result; we keep it as Suppressed
    [InlineData(V3Plus + "one_vuln.ocsf.json", 1, 1)]
    [InlineData(V3Plus + "one_vuln_after_4_5_0.ocsf.json", 1, 1)]
    [InlineData(V4 + "example_output_aws.ocsf.json", 3, 3)]
    [InlineData(V4 + "example_output_gcp.ocsf.json", 3, 3)]
    [InlineData(V4 + "example_output_kubernetes.ocsf.json", 4, 3)] // two identical records collapse (PROVENANCE: merged into 3)
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string fixture, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe("prowler-ocsf");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
    }

    [Theory]
    [InlineData("one_vuln.ocsf.json")]
    [InlineData("one_vuln_after_4_5_0.ocsf.json")]
    public async Task ParseAsync_OneVuln_MapsUidRoleAndDate(string file)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(V3Plus + file);

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe(
            "prowler-aws-iam_role_administratoraccess_policy_permissive_trust_relationship-123456789012-us-east-1-myAdministratorExecutionRole");
        finding.RuleId.ShouldBe("iam_role_administratoraccess_policy_permissive_trust_relationship");
        finding.Severity.ShouldBe(Severity.High);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Category.ShouldBe(FindingCategory.Identity);
        finding.Description.ShouldStartWith("IAM Role myAdministratorExecutionRole has AdministratorAccess policy attached");
        finding.FirstSeen.ShouldNotBeNull().Date.ShouldBe(new DateTime(2024, 6, 3));
        finding.Resource!.Uid.ShouldBe("arn:aws:iam::123456789012:role/myAdministratorExecutionRole");
        finding.Resource.Class.ShouldBe(ResourceClass.Identity);
    }

    [Fact]
    public async Task ParseAsync_ManyVuln_KeepsSuppressedResult()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(V3Plus + "many_vuln.ocsf.json");

        parsed.Observations[1].SourceFindingId.ShouldBe("prowler-aws-iam_role_cross_account_readonlyaccess_policy-123456789012-us-east-1-AuditRole");
        parsed.Observations[1].Compliance.ShouldNotBeEmpty();
        parsed.Observations.Select(o => o.Status).ShouldBe([FindingStatus.Open, FindingStatus.Open, FindingStatus.Suppressed]);
        parsed.Observations[2].SourceStatus.ShouldBe("FAIL (muted)");
    }

    [Fact]
    public async Task ParseAsync_ExampleAws_MapsSeveritiesAndManualChecks()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(V4 + "example_output_aws.ocsf.json");

        // PROVENANCE titles are the status text; ours is in Description (Title = check title, as in Prowler's ASFF).
        parsed.Observations[0].Description.ShouldBe("IAM Access Analyzer in account <account_uid> is not enabled.");
        parsed.Observations[0].Title.ShouldBe("Check if IAM Access Analyzer is enabled");
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Low, Severity.Medium, Severity.Medium]);
        parsed.Observations[1].SourceStatus.ShouldBe("MANUAL");
        parsed.Observations[1].Status.ShouldBe(FindingStatus.Open);
        parsed.Observations[0].Compliance.ShouldContain("CIS-1.4: 1.20");
        parsed.Observations.ShouldAllBe(o => o.Resource!.Provider == CloudProvider.Aws);

        // The sample's "<finding_uid>" placeholder is no id: each check gets its own natural key.
        parsed.Observations.ShouldAllBe(o => o.SourceFindingId.StartsWith("prowler-aws-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParseAsync_ExampleGcp_MapsProjectResources()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(V4 + "example_output_gcp.ocsf.json");

        parsed.Observations.Select(o => o.Description).ShouldBe(
        [
            "Project <project_id> does not have active API Keys.",
            "AR Container Analysis is not enabled in project <project_id>.",
            "Firewall <resource_id> does exposes port 3389 (RDP) to the internet.",
        ]);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Medium, Severity.Medium, Severity.Critical]);
        parsed.Observations.ShouldAllBe(o => o.Resource!.Provider == CloudProvider.Gcp);
    }

    [Fact]
    public async Task ParseAsync_ExampleKubernetes_MapsNamespacedObjects()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(V4 + "example_output_kubernetes.ocsf.json");

        parsed.Observations.ShouldAllBe(o => o.Severity == Severity.Medium && o.Resource!.Provider == CloudProvider.Kubernetes);
        parsed.Observations[0].RuleId.ShouldBe("apiserver_always_pull_images_plugin");
        parsed.Observations[2].SourceFindingId.ShouldBe(parsed.Observations[3].SourceFindingId);

        // No cluster in the record: the builder's "default" cluster; the API server is its static pod.
        parsed.Observations[0].Resource!.Uid.ShouldBe("k8s://default/<namespace>/pod/<pod>");
        parsed.Observations[0].Compliance.ShouldBe(["CIS-1.10: 1.2.11", "CIS-1.8: 1.2.11"]);
    }
}
