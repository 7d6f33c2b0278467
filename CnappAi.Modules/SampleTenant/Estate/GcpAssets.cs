namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>GCP resources: full resource names in the project, Artifact Registry repositories.</summary>
internal sealed class GcpAssets : ICloudAssets
{
    private static readonly string[] Platforms = ["Debian GNU/Linux 11", "Ubuntu 22.04", "Container-Optimized OS 105"];
    private static readonly string[] Runtimes = ["python38", "python311", "nodejs16", "nodejs20", "go121"];

    public Asset Firewall(StackContext ctx)
    {
        var name = $"allow-{ctx.Name("ingress")}";
        return Make(ctx, AssetKind.Firewall, name, $"//compute.googleapis.com/projects/{ctx.Account.Id}/global/firewalls/{name}", "compute#firewall");
    }

    public Asset Vm(StackContext ctx, string role, int number)
    {
        var name = ctx.Name($"{role}-{number}");
        var zone = ctx.Region.Zone(ctx.Random.Next(3));
        return Make(ctx, AssetKind.Vm, name, $"//compute.googleapis.com/projects/{ctx.Account.Id}/zones/{zone}/instances/{name}", "compute#instance") with
        {
            Zone = zone,
            Platform = ctx.Random.Pick(Platforms),
            PrivateIp = ctx.PrivateIp(),
            AltId = ctx.Random.Digits(19),
        };
    }

    public Asset Cluster(StackContext ctx)
    {
        var name = $"gke-{ctx.Name(ctx.Account.StageName)}";
        var id = $"//container.googleapis.com/projects/{ctx.Account.Id}/locations/{ctx.Region.Id}/clusters/{name}";
        return Make(ctx, AssetKind.Cluster, name, id, "container#Cluster") with { ClusterKey = ctx.Random.Hex(64), Platform = "1." + ctx.Random.Between(24, 29) };
    }

    public Asset Bucket(StackContext ctx, string purpose)
    {
        var name = $"{Organisation.Slug}-{ctx.App.Slug}-{ctx.Account.StageName}-{purpose}-{ctx.Tag}{ctx.Random.Hex(4)}";
        return Make(ctx, AssetKind.Bucket, name, $"//storage.googleapis.com/{name}", "storage#bucket");
    }

    public Asset Database(StackContext ctx)
    {
        var name = ctx.Name($"{ctx.Account.StageName}-pg");
        return Make(ctx, AssetKind.Database, name, $"//sqladmin.googleapis.com/projects/{ctx.Account.Id}/instances/{name}", "sql#instance") with
        {
            Platform = "POSTGRES_14",
        };
    }

    public Asset Identity(StackContext ctx, string purpose)
    {
        var local = $"{ctx.App.Slug}-{purpose}-{ctx.Tag}".TrimEnd('-');
        local = local[..Math.Min(local.Length, 30)].TrimEnd('-');
        var email = $"{local}@{ctx.Account.Id}.iam.gserviceaccount.com";
        return Make(ctx, AssetKind.Identity, email, $"//iam.googleapis.com/projects/{ctx.Account.Id}/serviceAccounts/{email}", "iam#serviceAccount") with
        {
            AltId = ctx.Random.Digits(21),
        };
    }

    public Asset Function(StackContext ctx, string purpose)
    {
        var name = ctx.Name(purpose);
        var id = $"//cloudfunctions.googleapis.com/projects/{ctx.Account.Id}/locations/{ctx.Region.Id}/functions/{name}";
        return Make(ctx, AssetKind.Function, name, id, "cloudfunctions#function") with { Platform = ctx.Random.Pick(Runtimes) };
    }

    public (string Registry, string RepositoryPrefix) Registry(StackContext ctx) =>
        ($"{ctx.Region.Id}-docker.pkg.dev", $"{ctx.Account.Id}/{ctx.App.Slug}");

    private static Asset Make(StackContext ctx, AssetKind kind, string name, string id, string nativeType) => new()
    {
        Index = ctx.NextIndex,
        Kind = kind,
        Account = ctx.Account,
        Region = ctx.Region,
        App = ctx.App,
        Name = name,
        NativeId = name,
        ProviderId = id,
        Uid = StackContext.UidOf(id),
        WizId = ctx.Random.Uuid(),
        NativeType = nativeType,
    };
}
