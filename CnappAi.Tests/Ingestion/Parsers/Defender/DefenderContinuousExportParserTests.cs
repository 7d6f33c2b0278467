using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Defender;

public class DefenderContinuousExportParserTests
{
    private const string Subscription = "12cabcb4-86e8-404f-a3d2-1dc9982f45ca";

    [Fact]
    public async Task ParseAsync_ElasticExport_MapsFourFindingsAndSkipsSecureScoreControl()
    {
        var parsed = await ParseFixtureAsync();

        parsed.Format.ShouldBe("defender-continuous-export");
        parsed.Rejections.ShouldBeEmpty();

        // Five events: compliance, assessment, secure score control (an aggregate: skipped), sub-assessment, alert.
        parsed.Observations.Select(o => o.Category).ShouldBe(
            [FindingCategory.Compliance, FindingCategory.Misconfiguration, FindingCategory.Misconfiguration, FindingCategory.Threat]);
    }

    [Fact]
    public async Task ParseAsync_RegulatoryComplianceAssessment_IsSkippedControlOnTheSubscription()
    {
        var compliance = (await ParseFixtureAsync()).Observations[0];

        compliance.Title.ShouldBe("Log Analytics agent should be installed on virtual machine scale sets");
        compliance.SourceStatus.ShouldBe("Skipped");
        compliance.Status.ShouldBe(FindingStatus.Suppressed);
        compliance.Compliance.ShouldBe(["Microsoft-cloud-security-benchmark: LT.5"]);
        compliance.RuleId.ShouldBe("45cfe080-ceb1-a91e-9743-71551ed24e94");
        compliance.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}");
        compliance.Resource.Class.ShouldBe(ResourceClass.Account);
    }

    [Fact]
    public async Task ParseAsync_CamelCaseAssessment_MapsHealthyLowOnTheAssessedSite()
    {
        var assessment = (await ParseFixtureAsync()).Observations[1];

        assessment.Title.ShouldBe("CORS should not allow every resource to access Function Apps");
        assessment.SourceStatus.ShouldBe("Healthy");
        assessment.Status.ShouldBe(FindingStatus.Resolved);
        assessment.Severity.ShouldBe(Severity.Low);
        assessment.RuleId.ShouldBe("7b3d4796-9400-2904-692b-4a5ede7f0a1e");
        assessment.SourceFindingId.ShouldBe(
            $"/subscriptions/{Subscription}/resourcegroups/mbranca-esf/providers/microsoft.web/sites/mbranca-esf/providers/microsoft.security/assessments/7b3d4796-9400-2904-692b-4a5ede7f0a1e");
        assessment.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/mbranca-esf/providers/microsoft.web/sites/mbranca-esf");
    }

    [Fact]
    public async Task ParseAsync_PascalCaseDeletedSubAssessment_IsResolvedOnTheVm()
    {
        var sub = (await ParseFixtureAsync()).Observations[2];

        sub.Title.ShouldBe("Ensure DCCP is disabled");
        sub.Severity.ShouldBe(Severity.Low);

        // Still "Unhealthy" in the payload, but the event's action is Delete: Defender dropped the finding.
        sub.SourceStatus.ShouldBe("Unhealthy");
        sub.Status.ShouldBe(FindingStatus.Resolved);
        sub.Description!.ShouldStartWith("If the protocol is not required");
        sub.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/mbranca-sdh-3372/providers/microsoft.compute/virtualmachines/sdh-3372");
        sub.Resource.Class.ShouldBe(ResourceClass.Vm);
    }

    [Fact]
    public async Task ParseAsync_PascalCaseWorkspaceAlert_MapsNewMediumAlertOnTheVm()
    {
        var alert = (await ParseFixtureAsync()).Observations[3];

        alert.SourceFindingId.ShouldBe("2517184898549829577_cdcf9f94-ec53-47a6-ab87-76130f87218d");
        alert.Title.ShouldBe("[SAMPLE ALERT] Login from a suspicious IP");
        alert.Severity.ShouldBe(Severity.Medium);
        alert.SourceStatus.ShouldBe("New");
        alert.Status.ShouldBe(FindingStatus.Open);
        alert.RuleId.ShouldBe("ARM_AnomalousServiceOperation.CredentialAccess");
        alert.Resource!.Uid.ShouldBe($"/subscriptions/{Subscription}/resourcegroups/sample-rg/providers/microsoft.compute/virtualmachines/sample-vm");
    }

    [Fact]
    public async Task ParseAsync_UnknownTypeAndRecordsWithoutIdOrResource_RejectsThoseLinesOnly()
    {
        var lines = string.Join('\n',
            """{"securityEventDataEnrichment":{"action":"Insert"},"type":"Microsoft.Security/pricings","id":"/subscriptions/s/providers/Microsoft.Security/pricings/VirtualMachines"}""",
            """{"assessmentEventDataEnrichment":{"action":"Insert"},"type":"Microsoft.Security/assessments","properties":{"displayName":"x","status":{"code":"Unhealthy"}}}""",
            """{"assessmentEventDataEnrichment":{"action":"Insert"},"type":"Microsoft.Security/assessments","id":"/subscriptions/s/providers/Microsoft.Security/assessments/g","name":"g","properties":{"displayName":"MFA should be enabled","status":{"code":"Unhealthy"},"metadata":{"severity":"High","categories":["IdentityAndAccess"]}}}""",
            """{"SystemAlertId":"2517_x","AlertType":"VM_Suspicious","AlertDisplayName":"Suspicious process","Severity":"High","Status":"New"}""");

        var parsed = await ParserHarness.ParseTextAsync(lines);

        parsed.Format.ShouldBe("defender-continuous-export");
        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Category.ShouldBe(FindingCategory.Identity);
        observation.Status.ShouldBe(FindingStatus.Open);
        observation.Resource!.Uid.ShouldBe("/subscriptions/s");
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("line 1", "unsupported Defender for Cloud record type 'Microsoft.Security/pricings'"),
            ("line 2", "record has no assessment id"),
            ("line 4", "record has no resource"),
        ]);
    }

    private static Task<ParsedFile> ParseFixtureAsync() =>
        ParserHarness.ParseFixtureAsync("azure_defender/elastic-integrations/microsoft_defender_cloud/event/test-alert.log");
}
