using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderAssessmentParserTests
{
    private const string Storage = "/subscriptions/0000/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/acmelogs";

    [Fact]
    public async Task ParseAsync_ArmPage_MapsStatusPerAssessment()
    {
        var page = $$"""
            {"value":[
              {{Assessment(Storage + "/providers/Microsoft.Security/assessments/1c5d", "Unhealthy", null, Storage)}},
              {{Assessment("/subscriptions/0000/providers/Microsoft.Security/assessments/f0fb", "Healthy", null, null)}},
              {{Assessment(Storage + "/providers/Microsoft.Security/assessments/aa01", "NotApplicable", "Exempt", Storage)}},
              {{Assessment(Storage + "/providers/Microsoft.Security/assessments/aa02", "NotApplicable", "OffByPolicy", Storage)}}
            ],"nextLink":"https://management.azure.com/next"}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("defender-assessment");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => o.Status).ShouldBe(
            [FindingStatus.Open, FindingStatus.Resolved, FindingStatus.Suppressed, FindingStatus.Resolved]);
        var first = parsed.Observations[0];
        first.SourceFindingId.ShouldBe("/subscriptions/0000/resourcegroups/rg1/providers/microsoft.storage/storageaccounts/acmelogs/providers/microsoft.security/assessments/1c5d");
        first.Title.ShouldBe("Storage accounts should restrict network access");
        first.Severity.ShouldBe(Severity.Medium);
        first.RuleId.ShouldBe("1c5d");
        first.FirstSeen.ShouldBe(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        first.Resource!.Uid.ShouldBe("/subscriptions/0000/resourcegroups/rg1/providers/microsoft.storage/storageaccounts/acmelogs");
        first.Resource.Class.ShouldBe(ResourceClass.Bucket);

        // No resourceDetails: the subscription-level assessment falls back to the scope of its own id.
        parsed.Observations[1].Resource!.Uid.ShouldBe("/subscriptions/0000");
        parsed.Observations[1].Resource!.Class.ShouldBe(ResourceClass.Account);
    }

    [Fact]
    public async Task ParseAsync_AssessmentWithoutId_RejectsItWithPointer()
    {
        var page = $$"""
            {"value":[
              {{Assessment(Storage + "/providers/Microsoft.Security/assessments/1c5d", "Unhealthy", null, Storage)}},
              {"name":"1c5d","type":"Microsoft.Security/assessments","properties":{"displayName":"x","status":{"code":"Unhealthy"},"resourceDetails":{"Source":"Azure"} } }
            ]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Observations.Count.ShouldBe(1);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/value/1");
        rejection.Error.ShouldBe("record has no assessment id");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDisplayName_KeepsItVerbatim(string naughty)
    {
        var parsed = await ParserHarness.ParseTextAsync(Assessment(Storage + "/providers/Microsoft.Security/assessments/1c5d", "Unhealthy", null, Storage, naughty));

        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty);
    }

    private static string Assessment(string id, string code, string? cause, string? resourceId, string title = "Storage accounts should restrict network access")
    {
        var name = id[(id.LastIndexOf('/') + 1)..];
        var details = resourceId is null ? string.Empty : $$""" "resourceDetails":{"Source":"Azure","Id":"{{resourceId}}"}, """;
        var reason = cause is null ? string.Empty : $$""","cause":"{{cause}}" """;
        return $$"""
            {"id":"{{id}}","name":"{{name}}","type":"Microsoft.Security/assessments",
             "properties":{"displayName":{{JsonSerializer.Serialize(title)}},{{details}}
               "status":{"code":"{{code}}"{{reason}},"firstEvaluationDate":"2024-05-01T00:00:00Z","statusChangeDate":"2024-05-02T00:00:00Z"},
               "metadata":{"severity":"Medium","assessmentType":"BuiltIn","categories":["Data"],"description":{{JsonSerializer.Serialize(title)}} } } }
            """;
    }
}
