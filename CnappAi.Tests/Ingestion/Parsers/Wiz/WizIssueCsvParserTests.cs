using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizIssueCsvParserTests
{
    private const string Header =
        "Created At,Title,Severity,Status,Description,Resource Type,Resource external ID,Subscription ID,Resource Name,Resource Region,"
        + "Resource Platform,Resource original JSON,Issue ID,Resource vertex ID,Control ID,Kubernetes Namespace";

    // resolved_findings.csv: rows [1] and [2] are the same issue (02fd8a0d-...) exported twice; the store keeps one.
    [Theory]
    [InlineData("wiz/defectdojo/wiz/multiple_findings.csv", 98, 98)]
    [InlineData("wiz/defectdojo/wiz/one_finding.csv", 1, 1)]
    [InlineData("wiz/defectdojo/wiz/resolved_findings.csv", 3, 2)]
    [InlineData("wiz/defectdojo/wiz/no_findings.csv", 0, 0)]
    public async Task ParseAsync_IssuesExport_YieldsOneObservationPerRow(string fixture, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe("wiz-csv");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
        parsed.Observations.ShouldAllBe(o => o.Source == "wiz" && o.Resource != null);
    }

    [Fact]
    public async Task ParseAsync_OneFinding_TrimsTitleAndMapsKubernetesUser()
    {
        var finding = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wiz/one_finding.csv")).Observations.ShouldHaveSingleItem();

        // DefectDojo keeps the export's trailing space; we trim it so the API's sourceRule.name and the CSV title agree.
        finding.Title.ShouldBe("AKS role/cluster role assigned permissions that contain wildcards");
        finding.SourceFindingId.ShouldBe("0029ee49-c676-432f-8690-12f2862ec708");
        finding.Severity.ShouldBe(Severity.Info);
        finding.SourceSeverity.ShouldBe("INFORMATIONAL");
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.RuleId.ShouldBe("5bd69891-b61f-49c8-85a5-c8f90c3eff80");
        finding.Category.ShouldBe(FindingCategory.Identity);
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2023, 1, 25, 0, 19, 27, TimeSpan.Zero));
        finding.Resource!.Uid.ShouldBe("k8s://42cfa6ccd681025c90a26bea65c39fa80ca8837a0bd3b5c7889165217fa4931e/_cluster/user/aks-support");
        finding.Resource.Provider.ShouldBe(CloudProvider.Kubernetes);
        finding.RawRecord.ShouldStartWith("2023-01-25T00:19:27Z,AKS role/cluster role");
    }

    [Fact]
    public async Task ParseAsync_MultipleFindings_MatchesDefectDojoSeverityAndStatusRows()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wiz/multiple_findings.csv")).Observations;

        findings[0].Title.ShouldBe("AKS role/cluster role assigned permissions that contain wildcards");
        findings[0].Severity.ShouldBe(Severity.Info);
        findings[1].Title.ShouldBe("Unusual activity by a principal from previously unseen country");
        findings[1].Severity.ShouldBe(Severity.High);
        findings[1].Category.ShouldBe(FindingCategory.Threat);
        findings[7].Status.ShouldBe(FindingStatus.InProgress);
        findings[9].Status.ShouldBe(FindingStatus.Resolved);
        findings[11].Status.ShouldBe(FindingStatus.Suppressed);
        findings[11].SourceStatus.ShouldBe("IGNORED");
        findings[20].Title.ShouldBe("User/service account with get/list/watch permissions on secrets in an AKS cluster");
        findings[20].Severity.ShouldBe(Severity.Info);
        findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count()).ShouldBe(new Dictionary<Severity, int>
        {
            [Severity.Low] = 43, [Severity.Info] = 30, [Severity.Medium] = 13, [Severity.High] = 6, [Severity.Critical] = 6,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ParseAsync_MultipleFindings_BuildsCanonicalResourcesFromEachIdShape()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wiz/multiple_findings.csv")).Observations;

        // An Azure VM id, completed with Wiz's region.
        findings[2].Resource!.Uid.ShouldBe(
            "/subscriptions/fee3535b-9616-486f-a476-6a500a08a02b/resourcegroups/myresourcegroup/providers/microsoft.compute/virtualmachines/midserver-snow-app");
        findings[2].Resource!.Account.ShouldBe("fee3535b-9616-486f-a476-6a500a08a02b");
        findings[2].Resource!.Region.ShouldBe("eastus");
        findings[2].Resource!.Class.ShouldBe(ResourceClass.Vm);

        // An AKS cluster exported under Wiz's hash: the Azure id comes from the original JSON.
        findings[9].Resource!.Uid.ShouldBe(
            "/subscriptions/fee3535b-9616-486f-a476-6a500a08a02b/resourcegroups/laliv_rg/providers/microsoft.containerservice/managedclusters/lalivaks");
        findings[9].Resource!.Class.ShouldBe(ResourceClass.K8sCluster);

        // A namespaced Kubernetes service account.
        findings[7].Resource!.Uid.ShouldBe("k8s://42cfa6ccd681025c90a26bea65c39fa80ca8837a0bd3b5c7889165217fa4931e/kube-system/serviceaccount/daemon-set-controller");

        // An Entra ID user has no cloud resource id at all: Wiz's graph id stands in.
        findings[12].Resource!.Uid.ShouldBe("wiz:2437efec-7c94-51bc-80da-6568235afca5");
        findings[12].Resource!.Provider.ShouldBe(CloudProvider.Azure);
        findings[12].Resource!.Name.ShouldBe("test test");
    }

    [Fact]
    public async Task ParseAsync_ResolvedFindings_KeepsEachRowAndTheRepeatedIssueId()
    {
        var findings = (await ParserHarness.ParseFixtureAsync("wiz/defectdojo/wiz/resolved_findings.csv")).Observations;

        findings.Select(f => f.SourceFindingId).ShouldBe(
            ["0029ee49-c676-432f-8690-12f2862ec708", "02fd8a0d-16fa-4da0-aa49-a99694365d41", "02fd8a0d-16fa-4da0-aa49-a99694365d41"]);
        findings.ShouldAllBe(f => f.Status == FindingStatus.Resolved);
        findings[0].FirstSeen.ShouldBe(new DateTimeOffset(2023, 1, 25, 0, 19, 27, TimeSpan.Zero));
        findings[1].FirstSeen.ShouldBe(new DateTimeOffset(2024, 1, 24, 11, 2, 11, TimeSpan.Zero));
    }

    [Fact]
    public async Task ParseAsync_RowWithoutIssueIdOrResource_IsRejectedAtItsLineAndTheRestIsKept()
    {
        var content = string.Join('\n',
            Header,
            "2024-01-01T00:00:00Z,Ok,HIGH,OPEN,d,VM,arn:aws:ec2:us-east-1:111122223333:instance/i-0abc,111122223333,web,us-east-1,AWS,,issue-1,v-1,c-1,",
            "2024-01-01T00:00:00Z,No id,HIGH,OPEN,d,VM,arn:aws:ec2:us-east-1:111122223333:instance/i-0abc,111122223333,web,us-east-1,AWS,,,v-2,c-1,",
            "2024-01-01T00:00:00Z,No resource,HIGH,OPEN,d,VM,,111122223333,web,us-east-1,AWS,,issue-3,,c-1,");

        var parsed = await ParserHarness.ParseTextAsync(content, ".csv");

        parsed.Format.ShouldBe("wiz-csv");
        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["issue-1"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("line 3", "record has no Issue ID"),
            ("line 4", "record has no Resource external ID or Resource vertex ID"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("' OR '1'='1")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("line1\nline2")]
    public async Task ParseAsync_NaughtyTitleAndDescription_StillParse(string naughty)
    {
        var quoted = "\"" + naughty.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var content = string.Join('\n',
            Header,
            $"2024-01-01T00:00:00Z,{quoted},LOW,OPEN,{quoted},VM,arn:aws:ec2:us-east-1:111122223333:instance/i-0abc,111122223333,web,us-east-1,AWS,,issue-1,v-1,c-1,");

        var finding = (await ParserHarness.ParseTextAsync(content, ".csv")).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe(naughty);
        finding.Description.ShouldBe(naughty);
    }
}
