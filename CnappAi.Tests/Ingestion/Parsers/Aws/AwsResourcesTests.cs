using CnappAi.Modules.Ingestion.Parsers.Aws;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

public sealed class AwsResourcesTests
{
    [Theory]
    [InlineData("AWS_EC2_INSTANCE", "AwsEc2Instance")]
    [InlineData("AWS_ECR_CONTAINER_IMAGE", "AwsEcrContainerImage")]
    [InlineData("AWS_LAMBDA_FUNCTION", "AwsLambdaFunction")]
    [InlineData("AwsS3Bucket", "AwsS3Bucket")]
    [InlineData(null, null)]
    public void AsffType_InspectorSpelling_BecomesAsffType(string? inspectorType, string? expected) =>
        AwsResources.AsffType(inspectorType).ShouldBe(expected);

    [Fact]
    public void Resolve_Arn_IsKeptAsGiven()
    {
        var resource = AwsResources.Resolve("test", "arn:aws:iam::111122223333:role/service-role/app-role", "AwsIamRole", "111122223333", "us-east-1");

        resource.Uid.ShouldBe("arn:aws:iam::111122223333:role/service-role/app-role");
        resource.Class.ShouldBe(ResourceClass.Identity);
    }

    [Fact]
    public void Resolve_S3ArnWithoutAccount_TakesTheFindingAccount()
    {
        var resource = AwsResources.Resolve("test", "arn:aws:s3:::acme-logs", "AwsS3Bucket", "111122223333", "us-east-1");

        resource.Uid.ShouldBe("arn:aws:s3:::acme-logs");
        resource.Account.ShouldBe("111122223333");
    }

    [Theory]
    [InlineData("AWS::::Account:012345678912", "AwsAccount", null)]
    [InlineData("012345678912", "Other", "012345678912")]
    public void Resolve_AccountPseudoIds_AreTheAccount(string id, string type, string? findingAccount)
    {
        var resource = AwsResources.Resolve("test", id, type, findingAccount, "us-east-1");

        resource.Class.ShouldBe(ResourceClass.Account);
        resource.Account.ShouldBe("012345678912");
    }

    [Fact]
    public void Resolve_ShortInstanceId_IsRebuiltIntoItsArn()
    {
        var resource = AwsResources.Resolve("test", "i-0abc123", "AwsEc2Instance", "111122223333", "us-east-1");

        resource.Uid.ShouldBe("arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Resolve_NoId_RejectsTheRecord(string? id) =>
        Should.Throw<RecordRejectedException>(() => AwsResources.Resolve("test", id, "AwsEc2Instance", "111122223333", "us-east-1"))
            .Message.ShouldBe("record has no resource id");
}
