using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderAlertParserTests
{
    private const string Subscription = "0f907ea4-bc8b-4c11-9d7e-805c2fd144fb";

    [Fact]
    public async Task ParseAsync_XsoarAlerts_MapsThreeThreatAlertsInFileOrder()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("azure_defender/xsoar-content/MicrosoftDefenderForCloudEventCollector/AlertsToSort.json");

        parsed.Format.ShouldBe("defender-alert");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(3);
        parsed.Observations.Select(o => o.RuleId).ShouldBe(
            ["SIMULATED_KV_OperationVolumeAnomaly", "SIMULATED_MaliciousContent-AzureWebApps", "SIMULATED_APPS_WpThemeInjection"]);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Medium, Severity.High, Severity.High]);
        parsed.Observations.Select(o => o.FirstSeen!.Value.Second).ShouldBe([17, 19, 21]);
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Threat && o.Status == FindingStatus.Open && o.SourceStatus == "Active");
        var vault = parsed.Observations[0];
        vault.SourceFindingId.ShouldBe("2517396773228188817_67a23793-595b-4efb-ae23-679568966575");
        vault.Title.ShouldBe("[SAMPLE ALERT] User accessed high volume of Key Vaults");
        vault.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/sample-rg/providers/microsoft.keyvault/vaults/sample-kv");
        vault.Resource.Provider.ShouldBe(CloudProvider.Azure);
        vault.Resource.Account.ShouldBe(Subscription);
        vault.Resource.Class.ShouldBe(ResourceClass.KeySecret);
        parsed.Observations[1].Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/sample-rg/providers/microsoft.web/sites/sample-app");
    }

    [Fact]
    public async Task ParseAsync_ArmPage_FallsBackToCompromisedEntityAndRejectsAlertWithoutId()
    {
        var page = $$"""
            {"value":[
              {{Alert("a1", "Resolved", "Low", """ "compromisedEntity":"vm1" """)}},
              {{Alert("a2", "Dismissed", "Informational", """ "resourceIdentifiers":[{"type":"AzureResource","azureResourceId":"/subscriptions/0000"},{"type":"AzureResource","azureResourceId":"/subscriptions/0000/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines/VM2"}] """)}},
              {"id":"/subscriptions/0000/providers/Microsoft.Security/locations/centralus/alerts/","type":"Microsoft.Security/Locations/alerts","properties":{"alertType":"X","severity":"High"} }
            ],"nextLink":null}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("defender-alert");
        parsed.Observations.Count.ShouldBe(2);
        parsed.Observations[0].Resource!.Uid.ShouldBe("defender:/subscriptions/0000/vm1");
        parsed.Observations[0].Status.ShouldBe(FindingStatus.Resolved);
        parsed.Observations[0].Severity.ShouldBe(Severity.Low);
        parsed.Observations[1].Resource!.Uid.ShouldBe("/subscriptions/0000/resourcegroups/rg1/providers/microsoft.compute/virtualmachines/vm2");
        parsed.Observations[1].Status.ShouldBe(FindingStatus.Suppressed);
        parsed.Observations[1].Severity.ShouldBe(Severity.Info);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/value/2");
        rejection.Error.ShouldBe("record has no alert id");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyAlertText_KeepsItVerbatim(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var alert = Alert("a3", "Active", "High", $""" "compromisedEntity":"vm1","description":{text} """, naughty);

        var parsed = await ParserHarness.ParseTextAsync($"[{alert}]");

        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty);
    }

    private static string Alert(string name, string status, string severity, string extra, string title = "Suspicious process executed") => $$"""
        {"id":"/subscriptions/0000/resourceGroups/rg1/providers/Microsoft.Security/locations/centralus/alerts/{{name}}","name":"{{name}}",
         "type":"Microsoft.Security/Locations/alerts",
         "properties":{"alertType":"VM_SuspiciousActivity","systemAlertId":"{{name}}","alertDisplayName":{{JsonSerializer.Serialize(title)}},
           "severity":"{{severity}}","status":"{{status}}","startTimeUtc":"2024-05-01T10:00:00Z",{{extra}} } }
        """;
}
