using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderRecommendationsCsvParserTests
{
    private const string Folder = "azure_defender/defectdojo/azure_security_center_recommendations/";
    private const string Subscription = "9cfbad7a-7369-42e4-bcce-7677c5b3a44b";
    private const string Header = "exportedTimestamp,subscriptionId,subscriptionName,resourceGroup,resourceType,resourceName,resourceId,recommendationId,recommendationName,recommendationDisplayName,description,remediationSteps,severity,state,notApplicableReason,firstEvaluationDate,statusChangeDate,controls,azurePortalRecommendationLink,nativeCloudAccountId";

    // DefectDojo keeps only Unhealthy rows (3). We import the Healthy row too, as Resolved, so that a
    // re-import closes a recommendation that was fixed since the previous export.
    [Theory]
    [InlineData("many_vulns.csv", 4, 3)]
    [InlineData("zero_vulns.csv", 0, 0)]
    public async Task ParseAsync_PortalExport_OneObservationPerRow(string file, int observations, int open)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + file);

        parsed.Format.ShouldBe("defender-recommendations-csv");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
        parsed.Observations.Count(o => o.Status == FindingStatus.Open).ShouldBe(open);
    }

    [Fact]
    public async Task ParseAsync_ManyVulns_MapsTheThreeUnhealthyRecommendations()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "many_vulns.csv");

        var open = parsed.Observations.Where(o => o.Status == FindingStatus.Open).ToList();
        open.Select(o => o.Title).ShouldBe(
        [
            "Virtual networks should be protected by Azure Firewall",
            "Azure Defender for Resource Manager should be enabled",
            "Storage account should use a private link connection",
        ]);
        open.Select(o => o.Severity).ShouldBe([Severity.Low, Severity.High, Severity.Medium]);
        var network = open[0];
        network.SourceFindingId.ShouldBe(
            $"/subscriptions/{Subscription}/resourcegroups/my_resource_group/providers/microsoft.network/virtualnetworks/my_virtual_network/providers/microsoft.security/assessments/f67fb4ed-d481-44d7-91e5-efadf504f74a");
        network.RuleId.ShouldBe("f67fb4ed-d481-44d7-91e5-efadf504f74a");
        network.FirstSeen!.Value.Date.ShouldBe(new DateTime(2021, 9, 28));
        network.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/my_resource_group/providers/microsoft.network/virtualnetworks/my_virtual_network");
        network.Resource.Account.ShouldBe(Subscription);
        open[1].RuleId.ShouldBe("f0fb2a7e-16d5-849f-be57-86db712e9bd0");
        open[1].Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}");
        open[1].Resource!.Class.ShouldBe(ResourceClass.Account);
        parsed.Observations.Single(o => o.Status == FindingStatus.Resolved).SourceStatus.ShouldBe("Healthy");
    }

    [Fact]
    public async Task ParseAsync_RowWithoutRecommendationId_RejectsThatLineOnly()
    {
        var csv = string.Join('\n', Header, Row("/subscriptions/s/providers/Microsoft.Security/assessments/g1", "MFA should be enabled"), Row(string.Empty, "No id"));

        var parsed = await ParserHarness.ParseTextAsync(csv, ".csv");

        parsed.Observations.ShouldHaveSingleItem().Resource!.Uid.ShouldBe("/subscriptions/s");
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("line 3");
        rejection.Error.ShouldBe("record has no recommendation id");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDisplayName_KeepsItVerbatim(string naughty)
    {
        var parsed = await ParserHarness.ParseTextAsync(Header + "\n" + Row("/subscriptions/s/providers/Microsoft.Security/assessments/g1", naughty), ".csv");

        parsed.Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }

    private static string Row(string recommendationId, string title)
    {
        var quoted = "\"" + title.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return $"2024-05-01T00:00:00Z,s,Sub,,Subscription,s,/subscriptions/s,{recommendationId},g1,{quoted},d,r,High,Unhealthy,,2024-05-01T00:00:00Z,2024-05-01T00:00:00Z,{{}},https://portal,";
    }
}
