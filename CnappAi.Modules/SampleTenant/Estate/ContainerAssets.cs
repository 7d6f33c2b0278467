using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// Container images and the Kubernetes workloads that run them, alike on EKS, AKS and GKE. Images are keyed by
/// content digest; workloads by the <c>k8s/{kind}/{cluster}/{namespace}/{name}</c> path Wiz reports.
/// </summary>
internal static class ContainerAssets
{
    private static readonly string[] BaseImages = ["debian:11", "debian:12", "alpine:3.16", "ubuntu:22.04", "amazonlinux:2"];

    public static Asset Image(StackContext ctx, ICloudAssets cloud, string component, string? tag = null, string? baseImage = null)
    {
        var (registry, prefix) = cloud.Registry(ctx);
        var repository = $"{prefix}/{component}";
        var version = tag ?? $"{ctx.Random.Between(1, 4)}.{ctx.Random.Between(0, 19)}.{ctx.Random.Between(0, 9)}";
        var digest = "sha256:" + ctx.Random.Hex(64);
        var image = ResourceIds.ContainerImage($"{registry}/{repository}:{version}", digest)
            ?? throw new InvalidOperationException($"not an image reference: {registry}/{repository}");
        return new Asset
        {
            Index = ctx.NextIndex,
            Kind = AssetKind.Image,
            Account = ctx.Account,
            Region = ctx.Region,
            App = ctx.App,
            Name = $"{registry}/{repository}:{version}",
            NativeId = digest,
            ProviderId = $"{registry}/{repository}@{digest}",
            Uid = image.Uid,
            WizId = ctx.Random.Uuid(),
            NativeType = "ContainerImage",
            Platform = baseImage ?? ctx.Random.Pick(BaseImages),
            Registry = registry,
            Repository = repository,
            Tag = version,
            Digest = digest,
        };
    }

    public static Asset Workload(StackContext ctx, Asset cluster, Asset image, string component, bool internetFacing)
    {
        var ns = ctx.App.Slug;
        var name = string.IsNullOrEmpty(ctx.Tag) ? component : $"{component}-{ctx.Tag}";
        var key = cluster.ClusterKey ?? throw new InvalidOperationException("a workload needs a cluster with a key");
        return new Asset
        {
            Index = ctx.NextIndex,
            Kind = AssetKind.Workload,
            Account = ctx.Account,
            Region = ctx.Region,
            App = ctx.App,
            Name = name,
            NativeId = name,
            ProviderId = $"k8s/deployment/{key}/{ns}/{name}",
            Uid = ResourceIds.Kubernetes(key, ns, "deployment", name).Uid,
            WizId = ctx.Random.Uuid(),
            NativeType = "Deployment",
            Cluster = cluster,
            Namespace = ns,
            Image = image,
            InternetFacing = internetFacing,
        };
    }
}
