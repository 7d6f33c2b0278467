using CnappAi.Modules.Ingestion.Parsers.Wiz;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizCategoriesTests
{
    // Titles from the Wiz Issues CSV fixture (multiple_findings.csv).
    [Theory]
    [InlineData("Unusual activity by a principal from previously unseen country", FindingCategory.Threat)]
    [InlineData("Cryptominer related download URL observed in command line", FindingCategory.Threat)]
    [InlineData("VM/serverless infected with high/critical severity custom hash malware ", FindingCategory.Threat)]
    [InlineData("Publicly exposed VM/serverless with cleartext cloud keys allowing high privileges in Microsoft Entra ID (AAD)", FindingCategory.Secret)]
    [InlineData("Fine-tuned AI model trained on dataset with secret data that can also be accessed by all users", FindingCategory.Secret)]
    [InlineData("Publicly exposed VM vulnerable to CVE-2023-20867 (vulnerability exploited by Chinese threat actor)", FindingCategory.Vulnerability)]
    [InlineData("VM with end-of-life software", FindingCategory.Vulnerability)]
    [InlineData("Blob container with anonymous access enabled", FindingCategory.DataExposure)]
    [InlineData("Publicly exposed bucket with a lateral movement finding to admin", FindingCategory.DataExposure)]
    [InlineData("Azure guest user has high privileges", FindingCategory.Identity)]
    [InlineData("User/service account with get/list/watch permissions on secrets in an AKS cluster", FindingCategory.Identity)]
    [InlineData("AKS role/cluster role assigned permissions that contain wildcards ", FindingCategory.Identity)]
    [InlineData("Publicly exposed Linux VM on port 22", FindingCategory.Misconfiguration)]
    [InlineData("Azure Virtual Machine with no endpoint protection", FindingCategory.Misconfiguration)]
    [InlineData("", FindingCategory.Misconfiguration)]
    public void FromWords_IssueTitle_ClassifiesByFirstMatchingRule(string title, FindingCategory expected) =>
        WizCategories.FromWords(title).ShouldBe(expected);

    [Fact]
    public void ForIssue_ThreatDetectionType_WinsOverTheControlsWords() =>
        WizCategories.ForIssue("THREAT_DETECTION", "Control", "EKS principals assume roles that provide bind permissions")
            .ShouldBe(FindingCategory.Threat);

    [Fact]
    public void ForIssue_CloudEventRule_IsThreat() =>
        WizCategories.ForIssue("TOXIC_COMBINATION", "CloudEventRule", "Root login").ShouldBe(FindingCategory.Threat);

    [Fact]
    public void ForIssue_ToxicCombinationControl_ClassifiesByName() =>
        WizCategories.ForIssue("TOXIC_COMBINATION", "Control", "Public bucket holds sensitive data").ShouldBe(FindingCategory.DataExposure);
}
