using CnappAi.Modules.Ingestion.Parsers.Checkov;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Checkov;

public class CheckovCategoryTests
{
    [Theory]
    [InlineData("secrets", "2f1b4c", null, FindingCategory.Secret)]
    [InlineData("sca_package", "requirements.txt.requests", null, FindingCategory.Vulnerability)]
    [InlineData("terraform", "aws_s3_bucket.logs", "CVE-2021-44228", FindingCategory.Vulnerability)]
    [InlineData("terraform", "aws_iam_policy.admin", null, FindingCategory.Identity)]
    [InlineData("terraform", "azurerm_role_assignment.owner", null, FindingCategory.Identity)]
    [InlineData("terraform", "aws_db_instance.default", null, FindingCategory.Misconfiguration)]
    [InlineData("dockerfile", "/aws/resources/Dockerfile.", null, FindingCategory.Misconfiguration)]
    [InlineData(null, null, null, FindingCategory.Misconfiguration)]
    public void Of_FrameworkAndResource_GivesCategory(string? checkType, string? address, string? vulnerabilityId, FindingCategory expected) =>
        CheckovCategory.Of(checkType, address, vulnerabilityId).ShouldBe(expected);
}
