using System.Text.Json;
using CnappAi.Modules.Ai.RuleEngine.Policies;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Tests.Ai.RuleEngine.Policies;

public class PolicyDrafterTests
{
    [Theory]
    [InlineData("S3 buckets must block all public access", "storage.public-access", "aws_s3_bucket_public_access_block")]
    [InlineData("Azure storage accounts must never allow anonymous public blob access", "storage.public-access", "azurerm_storage_account")]
    [InlineData("No security group may open SSH to the internet", "network.open-ssh", "aws_vpc_security_group_ingress_rule")]
    [InlineData("EC2 instances have to use IMDSv2", "compute.imdsv2", "aws_instance")]
    [InlineData("RDS databases must not be publicly accessible", "database.public-access", "aws_db_instance")]
    public void Draft_KnownControl_WritesRegoAndSentinelForThatResourceWithADeniedTestInput(string requirement, string control, string resourceType)
    {
        var draft = PolicyDrafter.Draft(requirement);

        draft.ControlId.ShouldBe(control);
        draft.Rego.ShouldContain("package cnappai.");
        draft.Rego.ShouldContain("import rego.v1");
        draft.Rego.ShouldContain($"rc.type == \"{resourceType}\"");
        draft.Sentinel.ShouldContain("import \"tfplan/v2\" as tfplan");
        draft.Sentinel.ShouldContain($"rc.type is \"{resourceType}\"");
        using var input = JsonDocument.Parse(draft.TestInput);
        input.RootElement.GetProperty("resource_changes")[0].GetProperty("type").GetString().ShouldBe(resourceType);
        new PolicyDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Draft_TagRequirement_ListsTheNamedTags()
    {
        var draft = PolicyDrafter.Draft("Every resource must be tagged with owner and cost-center");

        draft.Rego.ShouldContain("required_tags := {\"owner\", \"cost-center\"}");
        draft.Sentinel.ShouldContain("required_tags = [\"owner\", \"cost-center\"]");
        new PolicyDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Draft_UnknownRequirement_GivesAValidSkeletonAndSaysSo()
    {
        var draft = PolicyDrafter.Draft("Quantum computers must be kept in a cold room");

        draft.Explanation.ShouldContain("no shared control matched");
        new PolicyDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }
}
