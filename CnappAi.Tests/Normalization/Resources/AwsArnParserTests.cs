using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class AwsArnParserTests
{
    private const string Acct = "111122223333";

    [Theory]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123", Acct, "us-east-1", "ec2:instance", ResourceClass.Vm, "i-0abc123")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c", Acct, "us-east-1", "ec2:security-group", ResourceClass.Network, "sg-0a1b2c")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:vpc/vpc-fd580e98", Acct, "us-east-1", "ec2:vpc", ResourceClass.Network, "vpc-fd580e98")]
    [InlineData("arn:aws:s3:::acme-logs", null, null, "s3:bucket", ResourceClass.Bucket, "acme-logs")]
    [InlineData("arn:aws:s3:::acme-logs/2024/05/app.log", null, null, "s3:object", ResourceClass.Bucket, "app.log")]
    [InlineData("arn:aws:iam::111122223333:role/service-role/app-role", Acct, null, "iam:role", ResourceClass.Identity, "app-role")]
    [InlineData("arn:aws:iam::111122223333:user/Bob", Acct, null, "iam:user", ResourceClass.Identity, "Bob")]
    [InlineData("arn:aws:iam::111122223333:root", Acct, null, "iam:account", ResourceClass.Account, Acct)]
    [InlineData("arn:aws:lambda:us-east-1:111122223333:function:my-fn:prod", Acct, "us-east-1", "lambda:function", ResourceClass.Function, "my-fn")]
    [InlineData("arn:aws:rds:us-east-1:111122223333:db:prod-db", Acct, "us-east-1", "rds:db", ResourceClass.Database, "prod-db")]
    [InlineData("arn:aws:sns:us-east-1:111122223333:alerts", Acct, "us-east-1", "sns", ResourceClass.Other, "alerts")]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn:*", Acct, "us-east-1", "logs:log-group", ResourceClass.Logging, "/aws/lambda/my-fn")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", Acct, "us-east-1", "kms:key", ResourceClass.KeySecret, "1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:eks:us-east-1:111122223333:cluster/prod", Acct, "us-east-1", "eks:cluster", ResourceClass.K8sCluster, "prod")]
    public void Parse_DocumentedExamples_ParsesEveryField(string arn, string? account, string? region, string type, ResourceClass resourceClass, string name) =>
        ResourceAssert.Matches(ResourceIds.Parse(arn), CloudProvider.Aws, account, region, type, resourceClass, name);

    [Theory]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:task-definition/web:3", "ecs:task-definition", ResourceClass.Container, "web")]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:task/prod/0123456789abcdef", "ecs:task", ResourceClass.Container, "0123456789abcdef")]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:service/prod/web", "ecs:service", ResourceClass.Container, "web")]
    [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:secret:db-pass-AbCdEf", "secretsmanager:secret", ResourceClass.KeySecret, "db-pass-AbCdEf")]
    [InlineData("arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234", "acm:certificate", ResourceClass.KeySecret, "12345678-1234")]
    [InlineData("arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/my-lb/50dc6c495c0c9188", "elasticloadbalancing:loadbalancer", ResourceClass.LoadBalancer, "my-lb")]
    [InlineData("arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/classic-lb", "elasticloadbalancing:loadbalancer", ResourceClass.LoadBalancer, "classic-lb")]
    [InlineData("arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-tg/6d0ecf831eec9f09", "elasticloadbalancing:targetgroup", ResourceClass.LoadBalancer, "web-tg")]
    [InlineData("arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail", "cloudtrail:trail", ResourceClass.Logging, "org-trail")]
    [InlineData("arn:aws:dynamodb:us-east-1:111122223333:table/orders", "dynamodb:table", ResourceClass.Database, "orders")]
    [InlineData("arn:aws:redshift:us-east-1:111122223333:cluster:dw", "redshift:cluster", ResourceClass.Database, "dw")]
    [InlineData("arn:aws:rds:us-east-1:111122223333:cluster:aurora-1", "rds:cluster", ResourceClass.Database, "aurora-1")]
    [InlineData("arn:aws:ecr:us-east-1:111122223333:repository/team/app", "ecr:repository", ResourceClass.Image, "app")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:network-interface/eni-0f1", "ec2:network-interface", ResourceClass.Network, "eni-0f1")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:elastic-ip/eipalloc-0a1", "ec2:elastic-ip", ResourceClass.Network, "eipalloc-0a1")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:network-acl/acl-0a1", "ec2:network-acl", ResourceClass.Network, "acl-0a1")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:subnet/subnet-0a1", "ec2:subnet", ResourceClass.Network, "subnet-0a1")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:volume/vol-0a1", "ec2:volume", ResourceClass.Other, "vol-0a1")]
    [InlineData("arn:aws:iam::111122223333:group/admins", "iam:group", ResourceClass.Identity, "admins")]
    [InlineData("arn:aws:iam::111122223333:policy/path/to/ReadOnly", "iam:policy", ResourceClass.Identity, "ReadOnly")]
    [InlineData("arn:aws:sts::111122223333:assumed-role/app-role/session-1", "sts:assumed-role", ResourceClass.Identity, "session-1")]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:2024/05/01", "logs:log-group", ResourceClass.Logging, "app")]
    [InlineData("arn:aws:lambda:us-east-1:111122223333:function:my-fn", "lambda:function", ResourceClass.Function, "my-fn")]
    [InlineData("arn:aws:lambda:us-east-1:111122223333:function:my-fn:$LATEST", "lambda:function", ResourceClass.Function, "my-fn")]
    [InlineData("arn:aws:sqs:us-east-1:111122223333:jobs", "sqs", ResourceClass.Other, "jobs")]
    [InlineData("arn:aws:states:us-east-1:111122223333:stateMachine:Flow", "states:statemachine", ResourceClass.Other, "Flow")]
    public void Parse_ResourcePartWithColonsAndSlashes_KeepsTypeAndMeaningfulName(string arn, string type, ResourceClass resourceClass, string name)
    {
        var parsed = ResourceIds.Parse(arn);

        parsed.ShouldNotBeNull();
        parsed.ShouldSatisfyAllConditions(
            () => parsed.Uid.ShouldBe(arn),
            () => parsed.Type.ShouldBe(type),
            () => parsed.Class.ShouldBe(resourceClass),
            () => parsed.Name.ShouldBe(name));
    }

    [Theory]
    [InlineData("arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-1", "cn-north-1")]
    [InlineData("arn:aws-us-gov:ec2:us-gov-west-1:111122223333:instance/i-1", "us-gov-west-1")]
    [InlineData("arn:aws-iso:ec2:us-iso-east-1:111122223333:instance/i-1", "us-iso-east-1")]
    [InlineData("arn:aws-iso-b:ec2:us-isob-east-1:111122223333:instance/i-1", "us-isob-east-1")]
    public void Parse_OtherPartitions_ParsesLikeAws(string arn, string region) =>
        ResourceAssert.Matches(ResourceIds.Parse(arn), CloudProvider.Aws, Acct, region, "ec2:instance", ResourceClass.Vm, "i-1").Uid.ShouldBe(arn);

    [Theory]
    [InlineData("  arn:aws:s3:::acme-logs  ", "arn:aws:s3:::acme-logs")]
    [InlineData("ARN:AWS:EC2:US-EAST-1:111122223333:instance/i-0abc123", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123")]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn:*", "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn")]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn", "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/my-fn")]
    [InlineData("AWS::::Account:123456789012", "arn:aws:iam::123456789012:root")]
    [InlineData("arn:aws:iam::111122223333:role/Service-Role/App-Role", "arn:aws:iam::111122223333:role/Service-Role/App-Role")]
    public void Parse_EquivalentSpellings_GiveTheJoinKey(string arn, string uid) =>
        ResourceIds.Parse(arn).ShouldNotBeNull().Uid.ShouldBe(uid);

    [Fact]
    public void Parse_AsffAccountPseudoId_IsTheAccount() =>
        ResourceAssert.Matches(ResourceIds.Parse("AWS::::Account:123456789012"), CloudProvider.Aws, "123456789012", null, "iam:account", ResourceClass.Account, "123456789012");

    [Fact]
    public void Parse_ApiGatewayPathResource_TakesTypeFromThePath() =>
        ResourceAssert.Matches(ResourceIds.Parse("arn:aws:apigateway:us-east-1::/restapis/a1b2/stages/prod"), CloudProvider.Aws, null, "us-east-1", "apigateway:restapis", ResourceClass.Other, "prod");

    [Theory]
    [InlineData("arn:aws:ec2")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:")]
    [InlineData("arn:gcp:ec2:us-east-1:111122223333:instance/i-1")]
    [InlineData("arn:aws::us-east-1:111122223333:instance/i-1")]
    [InlineData("arn:aws:iam:::root")]
    [InlineData("arn:aws:e c2:us-east-1:111122223333:instance/i-1")]
    [InlineData("AWS::::Account:")]
    [InlineData("AWS::::Account:acme")]
    [InlineData("arn:aws:iam::aws:root")]
    [InlineData("arn:aws:ec2:us-east-1:111122223333:instance/")]
    [InlineData("arn:aws:s3:::/2024/app.log")]
    [InlineData("arn:aws:lambda:us-east-1:111122223333:function:")]
    public void Parse_MalformedArn_ReturnsNull(string arn) => ResourceIds.Parse(arn).ShouldBeNull();
}
