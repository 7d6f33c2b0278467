using CnappAi.Modules.SampleTenant.Determinism;

namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// Builds an ordinary stack (every one but the headline stack 0) from the run seed and its index alone: a cloud
/// weighted 45/30/25, an account and one of its team's applications, then a firewall, identities, one to four
/// machines, often a cluster with workloads and images, data stores and functions, wired together.
/// </summary>
internal static class StackBuilder
{
    private static readonly double[] CloudWeights = [45, 30, 25];
    private static readonly double[] VmCounts = [0, 3, 4, 2, 1];
    private static readonly double[] BucketCounts = [2, 5, 3];
    private static readonly string[] Roles = ["web", "app", "worker", "batch"];
    private static readonly string[] Components = ["api", "worker", "web", "consumer", "scheduler", "gateway"];
    private static readonly string[] Purposes = ["exports", "backups", "uploads", "logs", "assets", "artifacts", "reports"];
    private static readonly string[] IdentityPurposes = ["etl", "ci", "reader", "deployer"];
    private static readonly string[] FunctionPurposes = ["thumbnailer", "webhook", "cleanup", "exporter", "notifier"];

    public static ICloudAssets Factory(Cloud cloud) => cloud switch
    {
        Cloud.Aws => new AwsAssets(),
        Cloud.Azure => new AzureAssets(),
        _ => new GcpAssets(),
    };

    public static AppStack Build(Organisation org, int seed, int index, int firstAssetIndex, int budget)
    {
        var random = SampleRandom.For(seed, index);
        var cloud = (Cloud)random.Weighted(CloudWeights);
        var accounts = org.Of(cloud);
        var account = accounts[random.Next(accounts.Count)];
        var teamApps = Applications.OfTeam(account.Team);
        var app = random.Pick(teamApps.Count > 0 ? teamApps : Applications.All);
        var region = random.Chance(0.7) ? account.HomeRegion : random.Pick(Regions.Of(cloud));
        var ctx = new StackContext(random, account, app, region, SampleRandom.ToBase36(index), firstAssetIndex);
        Compose(ctx, Factory(cloud));
        return Truncate(new AppStack(index, app, account, region, ctx.Assets, ctx.Edges), budget);
    }

    private static void Compose(StackContext ctx, ICloudAssets cloud)
    {
        var random = ctx.Random;
        var firewall = ctx.Add(cloud.Firewall(ctx));
        var identity = ctx.Add(cloud.Identity(ctx, "app"));
        var second = random.Chance(0.5) ? ctx.Add(cloud.Identity(ctx, random.Pick(IdentityPurposes))) : identity;
        Asset? front = null;
        var vms = random.Weighted(VmCounts);
        for (var n = 1; n <= vms; n++)
        {
            var exposed = n == 1 && random.Chance(0.25);
            var vm = ctx.Add(cloud.Vm(ctx, random.Pick(Roles), n) with { InternetFacing = exposed, PublicIp = exposed ? ctx.PublicIp(ctx.Account.Cloud) : null });
            front ??= vm;
            ctx.Link(firewall, vm, Relationships.Protects);
            ctx.Link(vm, identity, Relationships.RunsAs);
            if (exposed)
            {
                ctx.Expose(vm, "tcp/443 on a public IP");
            }
        }

        if (random.Chance(0.45))
        {
            var cluster = ctx.Add(cloud.Cluster(ctx));
            var workloads = random.Between(1, 3);
            var first = random.Next(Components.Length);
            for (var w = 0; w < workloads; w++)
            {
                var component = Components[(first + w) % Components.Length];
                var image = ctx.Add(ContainerAssets.Image(ctx, cloud, component));
                var workload = ctx.Add(ContainerAssets.Workload(ctx, cluster, image, component, random.Chance(0.3)));
                ctx.Link(cluster, workload, Relationships.Contains);
                ctx.Link(workload, image, Relationships.RunsImage);
                ctx.Link(workload, second, Relationships.RunsAs);
                if (workload.InternetFacing)
                {
                    ctx.Expose(workload, "LoadBalancer service tcp/443");
                }
            }
        }

        AddDataStores(ctx, cloud, identity, second, front);
        var functions = random.Chance(0.35) ? random.Between(1, 2) : 0;
        var firstPurpose = random.Next(FunctionPurposes.Length);
        for (var f = 0; f < functions; f++)
        {
            var function = ctx.Add(cloud.Function(ctx, FunctionPurposes[(firstPurpose + f) % FunctionPurposes.Length]));
            ctx.Link(function, second, Relationships.RunsAs);
        }
    }

    private static void AddDataStores(StackContext ctx, ICloudAssets cloud, Asset identity, Asset second, Asset? front)
    {
        var random = ctx.Random;
        var buckets = random.Weighted(BucketCounts);
        var firstPurpose = random.Next(Purposes.Length);
        for (var b = 0; b < buckets; b++)
        {
            var purpose = Purposes[(firstPurpose + b) % Purposes.Length];
            var classification = Classify(purpose, ctx.App);
            var bucket = ctx.Add(cloud.Bucket(ctx, purpose) with { DataClassification = classification, IsCrownJewel = IsCrownJewel(ctx, classification) });
            ctx.Link(identity, bucket, Relationships.CanRead);
            ctx.Link(second, bucket, purpose is "exports" or "uploads" ? Relationships.CanWrite : Relationships.CanRead);
        }

        if (random.Chance(ctx.App.HoldsSensitiveData ? 0.75 : 0.45))
        {
            var database = ctx.Add(cloud.Database(ctx) with { IsCrownJewel = IsCrownJewel(ctx, ctx.App.DataClassification) });
            if (front is not null)
            {
                ctx.Link(front, database, Relationships.ConnectsTo, "tcp/5432");
            }

            ctx.Link(identity, database, Relationships.CanRead);
        }
    }

    private static string Classify(string purpose, Application app) => purpose switch
    {
        "logs" or "artifacts" => "internal",
        "assets" => "public",
        "reports" => "confidential",
        _ => app.DataClassification,
    };

    private static bool IsCrownJewel(StackContext ctx, string classification) =>
        ctx.Account.Stage == Stage.Prod && classification is "pii" or "pci" or "phi" && ctx.App.Criticality is "critical" or "high";

    private static AppStack Truncate(AppStack stack, int budget)
    {
        if (stack.Assets.Count <= budget)
        {
            return stack;
        }

        var kept = stack.Assets.Take(budget).ToList();
        var uids = kept.Select(a => a.Uid).ToHashSet(StringComparer.Ordinal);
        var edges = stack.Edges.Where(e => (e.Source == Relationships.Internet || uids.Contains(e.Source)) && uids.Contains(e.Target)).ToList();
        return stack with { Assets = kept, Edges = edges };
    }
}
