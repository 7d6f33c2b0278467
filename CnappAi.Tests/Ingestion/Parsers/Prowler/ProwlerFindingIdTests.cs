using CnappAi.Modules.Ingestion.Parsers.Prowler;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerFindingIdTests
{
    private static readonly ProwlerCheckResult Result = new()
    {
        Provider = "aws",
        Account = "123456789012",
        Region = "us-east-1",
        ResourceName = "AuditRole",
        ResourceUid = "arn:aws:iam::123456789012:role/AuditRole",
        StatusExtended = "IAM Role AuditRole gives cross account read-only access.",
    };

    [Fact]
    public void For_RealUid_IsKept() =>
        ProwlerFindingId.For(Result with { FindingUid = "prowler-aws-x-123456789012-us-east-1-AuditRole" }, "x")
            .ShouldBe("prowler-aws-x-123456789012-us-east-1-AuditRole");

    [Theory]
    [InlineData(null)]
    [InlineData("<finding_uid>")]
    public void For_NoOrPlaceholderUid_RebuildsProwlersShape(string? uid) =>
        ProwlerFindingId.For(Result with { FindingUid = uid }, "iam_role_cross_account_readonlyaccess_policy")
            .ShouldBe("prowler-aws-iam_role_cross_account_readonlyaccess_policy-123456789012-us-east-1-AuditRole");

    [Fact]
    public void For_NoResource_KeysOnAStableHashOfTheStatusText()
    {
        var bare = Result with { ResourceName = null, ResourceUid = null };

        var first = ProwlerFindingId.For(bare, "check12");
        var again = ProwlerFindingId.For(bare, "check12");
        var other = ProwlerFindingId.For(bare with { StatusExtended = "User John has Password enabled but MFA disabled" }, "check12");

        first.ShouldStartWith("prowler-aws-check12-123456789012-us-east-1-msg-");
        first.Length.ShouldBe("prowler-aws-check12-123456789012-us-east-1-msg-".Length + 12);
        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Theory]
    [InlineData("<finding_uid>", true)]
    [InlineData(" <resource_uid> ", true)]
    [InlineData("prowler-aws-x", false)]
    [InlineData("<a><b>", false)]
    public void IsPlaceholder_TemplateValue_IsRecognised(string value, bool expected) =>
        ProwlerFindingId.IsPlaceholder(value).ShouldBe(expected);
}
