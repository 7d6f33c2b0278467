using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

/// <summary>Prowler v4+ semicolon CSV for AWS, Azure, GCP and Kubernetes (prowler/*.csv).</summary>
public sealed class ProwlerCsvParserTests
{
    private const string Dir = "prowler/defectdojo/prowler/";

    [Theory]
    [InlineData("example_output_aws.csv", 4, 4, CloudProvider.Aws)]
    [InlineData("example_output_azure.csv", 4, 4, CloudProvider.Azure)]
    [InlineData("example_output_gcp.csv", 4, 3, CloudProvider.Gcp)] // PROVENANCE 2: DefectDojo drops the PASS row and merges the duplicate
    [InlineData("example_output_kubernetes.csv", 4, 4, CloudProvider.Kubernetes)]
    [InlineData("prowler_zero_vul.csv", 0, 0, CloudProvider.Aws)]
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string file, int observations, int distinct, CloudProvider provider)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("prowler-csv");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
        parsed.Observations.ShouldAllBe(o => o.Resource!.Provider == provider);
    }

    [Fact]
    public async Task ParseAsync_ExampleAws_MapsTitlesSeveritiesAndCompliance()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "example_output_aws.csv");

        parsed.Observations.Select(o => o.Title).ShouldBe(
        [
            "Check if IAM Access Analyzer is enabled",
            "Maintain current contact details.",
            "Maintain different contact details to security, billing and operations.",
            "Ensure security contact information is registered.",
        ]);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Low, Severity.Medium, Severity.Medium, Severity.Medium]);
        parsed.Observations.Select(o => o.SourceStatus).ShouldBe(["FAIL", "MANUAL", "FAIL", "MANUAL"]);
        parsed.Observations.ShouldAllBe(o => o.Status == FindingStatus.Open);
        parsed.Observations[0].Compliance.ShouldContain("KISA-ISMS-P-2023: 2.8.2");
        parsed.Observations[0].FirstSeen.ShouldBe(new DateTimeOffset(2025, 2, 14, 14, 27, 3, TimeSpan.Zero).AddTicks(9138740));
    }

    [Fact]
    public async Task ParseAsync_ExampleAzure_ParsesResourceIds()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "example_output_azure.csv");

        parsed.Observations.Select(o => o.Title).ShouldBe(
        [
            "Ensure AKS RBAC is enabled",
            "Ensure clusters are created with Private Nodes",
            "Ensure clusters are created with Private Endpoint Enabled and Public Access Disabled",
            "Ensure Network Policy is Enabled and set as appropriate",
        ]);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Medium, Severity.High, Severity.High, Severity.Medium]);
        parsed.Observations[0].Resource!.Uid.ShouldContain("microsoft.containerservice/managedclusters", Case.Insensitive);
    }

    [Fact]
    public async Task ParseAsync_ExampleGcp_KeepsPassAndCollapsesRepeat()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "example_output_gcp.csv");

        parsed.Observations[0].Status.ShouldBe(FindingStatus.Resolved);
        parsed.Observations[1].Title.ShouldBe("Ensure Image Vulnerability Analysis using AR Container Analysis or a third-party provider");
        parsed.Observations[1].Severity.ShouldBe(Severity.Medium);
        parsed.Observations[2].Title.ShouldBe("Ensure That RDP Access Is Restricted From the Internet");
        parsed.Observations[2].Severity.ShouldBe(Severity.Critical);
        parsed.Observations[3].SourceFindingId.ShouldBe(parsed.Observations[2].SourceFindingId);
    }

    [Fact]
    public async Task ParseAsync_ExampleKubernetes_ReadsNamespaceFromRegionColumn()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "example_output_kubernetes.csv");

        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Medium, Severity.High, Severity.Medium, Severity.Medium]);
        parsed.Observations[1].Title.ShouldContain("--anonymous-auth");
        // The control-plane checks inspect the component's static pod in kube-system.
        parsed.Observations[0].Resource!.Uid.ShouldBe("k8s://<account_uid>/kube-system/pod/<resource_name>");
        parsed.Observations.ShouldAllBe(o => o.Resource!.Class == ResourceClass.K8sWorkload);
        parsed.Observations[0].SourceFindingId.ShouldBe("prowler-kubernetes-apiserver_always_pull_images_plugin-<account_uid>-kube-system-<resource_name>");
    }
}
