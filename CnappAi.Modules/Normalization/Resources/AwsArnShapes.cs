using System.Collections.Frozen;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// ARN shapes keyed by every type-hint spelling vendors use, after <see cref="HintKey"/> folding: CloudFormation
/// <c>AWS::EC2::Instance</c> and ASFF <c>AwsEc2Instance</c> both become <c>ec2instance</c>, Terraform <c>aws_instance</c>
/// becomes <c>instance</c>. Add a spelling by adding a key.
/// </summary>
internal static class AwsArnShapes
{
    private static readonly FrozenDictionary<string, AwsArnShape> ByHint = Build(
        (Regional("ec2", "instance/"), ["instance", "ec2instance", "ec2", "vm", "virtualmachine"]),
        (Regional("ec2", "security-group/"), ["securitygroup", "ec2securitygroup", "sg"]),
        (Regional("ec2", "vpc/"), ["vpc", "ec2vpc"]),
        (Regional("ec2", "subnet/"), ["subnet", "ec2subnet"]),
        (Regional("ec2", "volume/"), ["volume", "ec2volume", "ebsvolume", "ec2ebsvolume"]),
        (Regional("ec2", "network-interface/"), ["networkinterface", "ec2networkinterface", "eni"]),
        (Regional("ec2", "network-acl/"), ["networkacl", "ec2networkacl", "acl"]),
        (Regional("ec2", "internet-gateway/"), ["internetgateway", "ec2internetgateway", "igw"]),
        (Regional("ec2", "natgateway/"), ["natgateway", "ec2natgateway"]),
        (Regional("ec2", "elastic-ip/"), ["elasticip", "eip", "ec2eip"]),
        (Regional("ec2", "route-table/"), ["routetable", "ec2routetable"]),
        // Public AMIs and snapshots are not owned through the ARN: AWS issues them without an account.
        (new AwsArnShape("ec2", "image/", HasRegion: true, HasAccount: false), ["image", "ami", "ec2image"]),
        (new AwsArnShape("ec2", "snapshot/", HasRegion: true, HasAccount: false), ["snapshot", "ec2snapshot", "ebssnapshot"]),
        (new AwsArnShape("s3", string.Empty, HasRegion: false, HasAccount: false), ["bucket", "s3bucket", "s3"]),
        (Global("iam", "role/"), ["role", "iamrole"]),
        (Global("iam", "user/"), ["user", "iamuser"]),
        (Global("iam", "group/"), ["group", "iamgroup"]),
        (Global("iam", "policy/"), ["policy", "iampolicy", "iammanagedpolicy"]),
        (Global("iam", "instance-profile/"), ["instanceprofile", "iaminstanceprofile"]),
        (Regional("lambda", "function:"), ["function", "lambda", "lambdafunction"]),
        (Regional("rds", "db:"), ["db", "dbinstance", "rds", "rdsinstance", "rdsdbinstance"]),
        (Regional("rds", "cluster:"), ["dbcluster", "rdscluster", "rdsdbcluster"]),
        (Regional("eks", "cluster/"), ["eks", "ekscluster"]),
        (Regional("ecs", "cluster/"), ["ecscluster"]),
        (Regional("kms", "key/"), ["key", "kmskey"]),
        (Regional("ecr", "repository/"), ["repository", "ecrrepository", "ecrcontainerimage"]),
        (Regional("sns", string.Empty), ["topic", "snstopic"]),
        (Regional("sqs", string.Empty), ["queue", "sqsqueue"]),
        (Regional("dynamodb", "table/"), ["table", "dynamodbtable"]),
        (Regional("cloudtrail", "trail/"), ["trail", "cloudtrail", "cloudtrailtrail"]),
        (Regional("logs", "log-group:"), ["loggroup", "logsloggroup", "cloudwatchloggroup"]),
        (Regional("acm", "certificate/"), ["certificate", "acmcertificate", "certificatemanagercertificate"]),
        (Regional("redshift", "cluster:"), ["redshift", "redshiftcluster"]),
        (Regional("elasticloadbalancing", "loadbalancer/"), ["elb", "elbloadbalancer", "elasticloadbalancingloadbalancer"]));

    // EC2 ids announce their type by prefix; used when the vendor gives no type hint.
    private static readonly (string Prefix, string Hint)[] ByIdPrefix =
    [
        ("i-", "instance"), ("sg-", "securitygroup"), ("vpc-", "vpc"), ("subnet-", "subnet"), ("vol-", "volume"),
        ("ami-", "image"), ("eni-", "networkinterface"), ("acl-", "networkacl"), ("igw-", "internetgateway"),
        ("nat-", "natgateway"), ("snap-", "snapshot"), ("eipalloc-", "elasticip"), ("rtb-", "routetable"),
    ];

    /// <summary>Hint keys that mean the account itself (ASFF <c>AwsAccount</c>).</summary>
    public static bool IsAccount(string? hintKey) => hintKey is "account" or "awsaccount";

    public static string? Key(string? typeHint) => HintKey.Normalize(typeHint, "aws");

    public static AwsArnShape? FromHint(string? hintKey) =>
        hintKey is not null && ByHint.TryGetValue(hintKey, out var shape) ? shape : null;

    public static AwsArnShape? FromIdPrefix(string shortId)
    {
        foreach (var (prefix, hint) in ByIdPrefix)
        {
            if (shortId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return ByHint[hint];
            }
        }

        return null;
    }

    private static AwsArnShape Regional(string service, string prefix) => new(service, prefix, HasRegion: true, HasAccount: true);

    private static AwsArnShape Global(string service, string prefix) => new(service, prefix, HasRegion: false, HasAccount: true);

    private static FrozenDictionary<string, AwsArnShape> Build(params (AwsArnShape Shape, string[] Keys)[] groups)
    {
        var map = new Dictionary<string, AwsArnShape>(StringComparer.Ordinal);
        foreach (var (shape, keys) in groups)
        {
            foreach (var key in keys)
            {
                map[key] = shape;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
