namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>Makes one cloud's resources with the names, ids and types that cloud uses.</summary>
internal interface ICloudAssets
{
    Asset Firewall(StackContext ctx);

    Asset Vm(StackContext ctx, string role, int number);

    Asset Cluster(StackContext ctx);

    Asset Bucket(StackContext ctx, string purpose);

    Asset Database(StackContext ctx);

    Asset Identity(StackContext ctx, string purpose);

    Asset Function(StackContext ctx, string purpose);

    /// <summary>The registry host and repository prefix images of this stack are pushed to.</summary>
    (string Registry, string RepositoryPrefix) Registry(StackContext ctx);
}
