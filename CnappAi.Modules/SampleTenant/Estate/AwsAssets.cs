namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>AWS resources: ARNs as AWS issues them, EC2 short ids, ECR registries.</summary>
internal sealed class AwsAssets : ICloudAssets
{
    private static readonly string[] Platforms = ["Amazon Linux 2", "Amazon Linux 2", "Ubuntu 22.04", "Red Hat Enterprise Linux 8.6"];
    private static readonly string[] Engines = ["postgres 13.7", "postgres 14.6", "mysql 8.0.28", "aurora-postgresql 13.9"];
    private static readonly string[] Runtimes = ["nodejs16.x", "nodejs20.x", "python3.8", "python3.12", "java11"];

    public Asset Firewall(StackContext ctx)
    {
        var id = "sg-0" + ctx.Random.Hex(16);
        return Make(ctx, AssetKind.Firewall, ctx.Name("sg"), id, Arn(ctx, "ec2", $"security-group/{id}"), "securityGroup");
    }

    public Asset Vm(StackContext ctx, string role, int number)
    {
        var id = "i-0" + ctx.Random.Hex(16);
        var zone = ctx.Region.Zone(ctx.Random.Next(3));
        return Make(ctx, AssetKind.Vm, ctx.Name($"{role}-{number}"), id, Arn(ctx, "ec2", $"instance/{id}"), "ec2#Instance") with
        {
            Zone = zone,
            Platform = ctx.Random.Pick(Platforms),
            PrivateIp = ctx.PrivateIp(),
            AltId = "ami-0" + ctx.Random.Hex(16),
        };
    }

    public Asset Cluster(StackContext ctx)
    {
        var name = ctx.Name("eks");
        return Make(ctx, AssetKind.Cluster, name, name, Arn(ctx, "eks", $"cluster/{name}"), "eks#Cluster") with { ClusterKey = ctx.Random.Hex(64), Platform = "1." + ctx.Random.Between(23, 29) };
    }

    public Asset Bucket(StackContext ctx, string purpose)
    {
        var name = $"{Organisation.Slug}-{ctx.App.Slug}-{ctx.Account.StageName}-{purpose}-{ctx.Tag}{ctx.Random.Hex(4)}";
        return Make(ctx, AssetKind.Bucket, name, name, $"arn:aws:s3:::{name}", "s3#Bucket");
    }

    public Asset Database(StackContext ctx)
    {
        var name = ctx.Name($"{ctx.Account.StageName}-db");
        return Make(ctx, AssetKind.Database, name, name, Arn(ctx, "rds", $"db:{name}"), "rds#DBInstance") with { Platform = ctx.Random.Pick(Engines) };
    }

    public Asset Identity(StackContext ctx, string purpose)
    {
        var name = ctx.Name($"{purpose}-role");
        var arn = $"arn:aws:iam::{ctx.Account.Id}:role/{name}";
        return Make(ctx, AssetKind.Identity, name, name, arn, "iam#Role") with { AltId = "AROA" + ctx.Random.Upper(17) };
    }

    public Asset Function(StackContext ctx, string purpose)
    {
        var name = ctx.Name(purpose);
        return Make(ctx, AssetKind.Function, name, name, Arn(ctx, "lambda", $"function:{name}"), "lambda#Function") with { Platform = ctx.Random.Pick(Runtimes) };
    }

    public (string Registry, string RepositoryPrefix) Registry(StackContext ctx) =>
        ($"{ctx.Account.Id}.dkr.ecr.{ctx.Region.Id}.amazonaws.com", ctx.App.Slug);

    private static string Arn(StackContext ctx, string service, string resource) =>
        $"arn:aws:{service}:{ctx.Region.Id}:{ctx.Account.Id}:{resource}";

    private static Asset Make(StackContext ctx, AssetKind kind, string name, string nativeId, string arn, string nativeType) => new()
    {
        Index = ctx.NextIndex,
        Kind = kind,
        Account = ctx.Account,
        Region = ctx.Region,
        App = ctx.App,
        Name = name,
        NativeId = nativeId,
        ProviderId = arn,
        Uid = StackContext.UidOf(arn),
        WizId = ctx.Random.Uuid(),
        NativeType = nativeType,
    };
}
