using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderSubAssessmentParserTests
{
    private const string Vm = "/subscriptions/0000/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines/vm1";
    private const string Digest = "sha256:184c9823bc3e7795040025a33d174987897783ee9296545abcb1a1937f12d391";

    [Fact]
    public async Task ParseAsync_ServerAndImageVulnerabilities_MapCvesScoresAndResources()
    {
        var page = $$"""
            {"value":[
              {{Sub("91234", "Debian Security Update for openssl (CVE-2023-0286)", "Unhealthy", "High",
                """{"assessedResourceType":"ServerVulnerabilityAssessment","cve":[{"title":"CVE-2023-0286","link":"https://nvd"}],"cvss":{"2.0":{"base":7.1},"3.0":{"base":7.4}}}""")}},
              {{Sub("c0ffee", "CVE-2024-3094 in xz-utils", "Healthy", "Critical",
                $$$"""{"assessedResourceType":"AzureContainerRegistryVulnerability","artifactDetails":{"registryHost":"acme.azurecr.io","repositoryName":"app","digest":"{{{Digest}}}"},"softwareDetails":{"packageName":"xz-utils","version":"5.6.0","fixedVersion":"5.6.2"}}""")}}
            ]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("defender-subassessment");
        parsed.Rejections.ShouldBeEmpty();
        var server = parsed.Observations[0];
        server.Category.ShouldBe(FindingCategory.Vulnerability);
        server.Cves.ShouldBe(["CVE-2023-0286"]);
        server.Cvss.ShouldBe(7.4);
        server.Severity.ShouldBe(Severity.High);
        server.Status.ShouldBe(FindingStatus.Open);
        server.RuleId.ShouldBe("91234");
        server.Resource!.Uid.ShouldBe("/subscriptions/0000/resourcegroups/rg1/providers/microsoft.compute/virtualmachines/vm1");
        var image = parsed.Observations[1];
        image.Status.ShouldBe(FindingStatus.Resolved);
        image.Severity.ShouldBe(Severity.Critical);
        image.Package.ShouldBe("xz-utils");
        image.FixedVersion.ShouldBe("5.6.2");
        image.Resource!.Uid.ShouldBe($"acme.azurecr.io/app@{Digest}");
    }

    [Fact]
    public async Task ParseAsync_SubAssessmentWithoutId_RejectsItWithPointer()
    {
        var page = $$"""
            [{{Sub("1", "Ensure DCCP is disabled", "Unhealthy", "Low", """{"assessedResourceType":"GeneralVulnerability"}""")}},
             {"type":"Microsoft.Security/assessments/subAssessments","properties":{"id":"2","displayName":"x","status":{"code":"Unhealthy"},"impact":"y"} }]
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Observations.ShouldHaveSingleItem().Category.ShouldBe(FindingCategory.Misconfiguration);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/1");
        rejection.Error.ShouldBe("record has no sub-assessment id");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyDisplayName_KeepsItVerbatim(string naughty)
    {
        var parsed = await ParserHarness.ParseTextAsync(Sub("1", naughty, "Unhealthy", "Low", """{"assessedResourceType":"GeneralVulnerability"}"""));

        parsed.Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }

    private static string Sub(string id, string title, string code, string severity, string additionalData) => $$"""
        {"id":"{{Vm}}/providers/Microsoft.Security/assessments/1195afff/subAssessments/{{id}}","name":"{{id}}",
         "type":"Microsoft.Security/assessments/subAssessments",
         "properties":{"id":"{{id}}","displayName":{{JsonSerializer.Serialize(title)}},"status":{"code":"{{code}}","severity":"{{severity}}"},
           "remediation":"upgrade","impact":"bad","timeGenerated":"2024-05-01T00:00:00Z",
           "resourceDetails":{"source":"Azure","id":"{{Vm}}"},"additionalData":{{additionalData}} } }
        """;
}
