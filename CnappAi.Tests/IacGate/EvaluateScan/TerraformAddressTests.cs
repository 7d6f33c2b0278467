using CnappAi.Modules.IacGate.EvaluateScan;

namespace CnappAi.Tests.IacGate.EvaluateScan;

public class TerraformAddressTests
{
    [Theory]
    [InlineData("aws_s3_bucket.logs", "aws_s3_bucket", "logs")]
    [InlineData("data.aws_iam_policy_document.admin", "aws_iam_policy_document", "admin")]
    [InlineData("module.app.module.db.aws_db_instance.this[0]", "aws_db_instance", "this")]
    [InlineData("aws_instance.web[\"a\"]", "aws_instance", "web")]
    [InlineData("aws.default", "aws", "default")]
    public void Parse_Addresses_GiveTypeAndName(string address, string type, string name) =>
        TerraformAddress.Parse(address).ShouldBe((type, name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/aws/resources/Dockerfile.")]
    [InlineData("Deployment.default.nginx")]
    public void Parse_NotAnAddress_GivesNothing(string? address) => TerraformAddress.Parse(address).ShouldBeNull();
}
