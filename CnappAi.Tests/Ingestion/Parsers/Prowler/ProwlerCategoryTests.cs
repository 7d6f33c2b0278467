using CnappAi.Modules.Ingestion.Parsers.Prowler;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerCategoryTests
{
    [Theory]
    [InlineData("awslambda_function_no_secrets_in_code", "awslambda", FindingCategory.Secret)]
    [InlineData("ecr_repositories_scan_vulnerabilities_in_latest_image", "ecr", FindingCategory.Vulnerability)]
    [InlineData("cloudtrail_threat_detection_enumeration", "cloudtrail", FindingCategory.Threat)]
    [InlineData("guardduty_no_high_severity_findings", "guardduty", FindingCategory.Threat)]
    [InlineData("s3_bucket_public_access", "s3", FindingCategory.DataExposure)]
    [InlineData("storage_blob_public_access_level_is_disabled", "storage", FindingCategory.DataExposure)]
    [InlineData("iam_root_mfa_enabled", "iam", FindingCategory.Identity)]
    [InlineData("accessanalyzer_enabled", "accessanalyzer", FindingCategory.Identity)]
    [InlineData("ec2_securitygroup_allow_ingress_from_internet_to_any_port", "ec2", FindingCategory.Misconfiguration)]
    [InlineData("apiserver_always_pull_images_plugin", "apiserver", FindingCategory.Misconfiguration)]
    public void From_CheckAndService_PicksCategory(string checkId, string service, FindingCategory expected) =>
        ProwlerCategory.From(new ProwlerCheckResult { Service = service }, checkId).ShouldBe(expected);

    [Fact]
    public void From_V2StandardsType_IsComplianceUnlessIdentity()
    {
        var cis = new ProwlerCheckResult
        {
            Service = "cloudtrail",
            Types = ["Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark"],
        };

        ProwlerCategory.From(cis, "check21").ShouldBe(FindingCategory.Compliance);
        ProwlerCategory.From(cis with { Service = "iam" }, "check12").ShouldBe(FindingCategory.Identity);
    }

    [Fact]
    public void From_SecretsCategory_IsSecret() =>
        ProwlerCategory.From(new ProwlerCheckResult { Service = "ec2", Categories = ["secrets"] }, "ec2_instance_user_data")
            .ShouldBe(FindingCategory.Secret);
}
