using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class AwsArnBuilderTests
{
    private const string Acct = "111122223333";
    private const string Region = "us-east-1";

    [Theory]
    [InlineData("AWS::EC2::Instance", "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("AwsEc2Instance", "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("aws_instance", "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("instance", "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("AWS::S3::Bucket", "acme-logs", "arn:aws:s3:::acme-logs")]
    [InlineData("AwsS3Bucket", "acme-logs", "arn:aws:s3:::acme-logs")]
    [InlineData("aws_s3_bucket", "acme-logs", "arn:aws:s3:::acme-logs")]
    [InlineData("bucket", "acme-logs", "arn:aws:s3:::acme-logs")]
    [InlineData("AWS::IAM::Role", "app-role", "arn:aws:iam::111122223333:role/app-role")]
    [InlineData("AwsIamRole", "/service-role/app-role", "arn:aws:iam::111122223333:role/service-role/app-role")]
    [InlineData("aws_iam_role", "app-role", "arn:aws:iam::111122223333:role/app-role")]
    [InlineData("role", "app-role", "arn:aws:iam::111122223333:role/app-role")]
    [InlineData("AwsIamUser", "Bob", "arn:aws:iam::111122223333:user/Bob")]
    [InlineData("user", "Bob", "arn:aws:iam::111122223333:user/Bob")]
    [InlineData("AwsIamPolicy", "ReadOnly", "arn:aws:iam::111122223333:policy/ReadOnly")]
    [InlineData("AwsEc2SecurityGroup", "sg-0a1b2c", "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c")]
    [InlineData("aws_security_group", "sg-0a1b2c", "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c")]
    [InlineData("security group", "sg-0a1b2c", "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c")]
    [InlineData("AwsEc2Vpc", "vpc-fd580e98", "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-fd580e98")]
    [InlineData("vpc", "vpc-fd580e98", "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-fd580e98")]
    [InlineData("AwsLambdaFunction", "my-fn", "arn:aws:lambda:us-east-1:111122223333:function:my-fn")]
    [InlineData("function", "my-fn", "arn:aws:lambda:us-east-1:111122223333:function:my-fn")]
    [InlineData("AwsRdsDbInstance", "prod-db", "arn:aws:rds:us-east-1:111122223333:db:prod-db")]
    [InlineData("AWS::RDS::DBInstance", "prod-db", "arn:aws:rds:us-east-1:111122223333:db:prod-db")]
    [InlineData("aws_db_instance", "prod-db", "arn:aws:rds:us-east-1:111122223333:db:prod-db")]
    [InlineData("db", "prod-db", "arn:aws:rds:us-east-1:111122223333:db:prod-db")]
    [InlineData("AwsEksCluster", "prod", "arn:aws:eks:us-east-1:111122223333:cluster/prod")]
    [InlineData("AwsKmsKey", "1234abcd-12ab", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab")]
    [InlineData("AwsEc2Volume", "vol-0a1", "arn:aws:ec2:us-east-1:111122223333:volume/vol-0a1")]
    [InlineData("iam user", "Bob", "arn:aws:iam::111122223333:user/Bob")]
    [InlineData("kms key", "1234abcd-12ab", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab")]
    [InlineData("elb", "classic-lb", "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/classic-lb")]
    [InlineData("AwsEcrContainerImage", "team/app:1.0", "arn:aws:ecr:us-east-1:111122223333:repository/team/app")]
    [InlineData("AwsEcrRepository", "team/app", "arn:aws:ecr:us-east-1:111122223333:repository/team/app")]
    [InlineData("AwsSnsTopic", "alerts", "arn:aws:sns:us-east-1:111122223333:alerts")]
    [InlineData("AwsDynamoDbTable", "orders", "arn:aws:dynamodb:us-east-1:111122223333:table/orders")]
    [InlineData("AwsCloudTrailTrail", "org-trail", "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail")]
    [InlineData("aws_cloudwatch_log_group", "/aws/lambda/my-fn", "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn")]
    [InlineData("AWS::EC2::Image", "ami-0abc", "arn:aws:ec2:us-east-1::image/ami-0abc")]
    [InlineData(null, "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData(null, "sg-0a1b2c", "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c")]
    [InlineData(null, "vpc-0a1", "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0a1")]
    [InlineData(null, "subnet-0a1", "arn:aws:ec2:us-east-1:111122223333:subnet/subnet-0a1")]
    [InlineData(null, "vol-0a1", "arn:aws:ec2:us-east-1:111122223333:volume/vol-0a1")]
    [InlineData(null, "ami-0a1", "arn:aws:ec2:us-east-1::image/ami-0a1")]
    [InlineData(null, "eni-0a1", "arn:aws:ec2:us-east-1:111122223333:network-interface/eni-0a1")]
    [InlineData(null, "acl-0a1", "arn:aws:ec2:us-east-1:111122223333:network-acl/acl-0a1")]
    [InlineData(null, "igw-0a1", "arn:aws:ec2:us-east-1:111122223333:internet-gateway/igw-0a1")]
    [InlineData(null, "nat-0a1", "arn:aws:ec2:us-east-1:111122223333:natgateway/nat-0a1")]
    [InlineData(null, "snap-0a1", "arn:aws:ec2:us-east-1::snapshot/snap-0a1")]
    [InlineData("NotAKnownType", "i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("AwsEc2Instance", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("AwsAccount", Acct, "arn:aws:iam::111122223333:root")]
    public void AwsFromParts_VendorTypeSpellings_BuildTheIssuedArn(string? typeHint, string shortId, string arn)
    {
        var built = ResourceIds.AwsFromParts(Acct, Region, typeHint, shortId);

        built.ShouldNotBeNull().Uid.ShouldBe(arn);
        ResourceAssert.RoundTrips(built);
    }

    [Theory]
    [InlineData("cn-north-1", null, "arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-1")]
    [InlineData("us-gov-west-1", null, "arn:aws-us-gov:ec2:us-gov-west-1:111122223333:instance/i-1")]
    [InlineData("us-iso-east-1", null, "arn:aws-iso:ec2:us-iso-east-1:111122223333:instance/i-1")]
    [InlineData("us-isob-east-1", null, "arn:aws-iso-b:ec2:us-isob-east-1:111122223333:instance/i-1")]
    [InlineData("US-EAST-1", null, "arn:aws:ec2:us-east-1:111122223333:instance/i-1")]
    [InlineData("us-east-1", "AWS-US-GOV", "arn:aws-us-gov:ec2:us-east-1:111122223333:instance/i-1")]
    public void AwsFromParts_PartitionFromRegionOrGiven_UsesThatPartition(string region, string? partition, string arn) =>
        ResourceIds.AwsFromParts(Acct, region, "instance", "i-1", partition).ShouldNotBeNull().Uid.ShouldBe(arn);

    [Fact]
    public void AwsFromParts_Instance_DescribesTheInstance() =>
        ResourceAssert.Matches(ResourceIds.AwsFromParts(Acct, Region, "AwsEc2Instance", "i-0abc123"), CloudProvider.Aws, Acct, Region, "ec2:instance", ResourceClass.Vm, "i-0abc123");

    [Fact]
    public void AwsFromParts_GlobalServices_IgnoreRegionAndS3IgnoresAccount()
    {
        ResourceIds.AwsFromParts(null, null, "bucket", "acme-logs").ShouldNotBeNull().Uid.ShouldBe("arn:aws:s3:::acme-logs");
        ResourceIds.AwsFromParts(Acct, null, "role", "app-role").ShouldNotBeNull().Uid.ShouldBe("arn:aws:iam::111122223333:role/app-role");
    }

    [Theory]
    [InlineData(Acct, null, "AwsEc2Instance", "i-0abc123")]
    [InlineData(null, Region, "AwsEc2Instance", "i-0abc123")]
    [InlineData(null, null, "AwsIamRole", "app-role")]
    [InlineData(Acct, Region, "AwsEc2Instance", null)]
    [InlineData(Acct, Region, "AwsEc2Instance", "  ")]
    [InlineData(Acct, Region, "AwsFooBar", "web")]
    [InlineData(Acct, Region, null, "web-server")]
    [InlineData(Acct, Region, "", "")]
    [InlineData(Acct, Region, null, "arn:aws:nonsense")]
    [InlineData(null, null, "AwsAccount", null)]
    public void AwsFromParts_NotEnoughParts_ReturnsNull(string? account, string? region, string? typeHint, string? shortId) =>
        ResourceIds.AwsFromParts(account, region, typeHint, shortId).ShouldBeNull();
}
