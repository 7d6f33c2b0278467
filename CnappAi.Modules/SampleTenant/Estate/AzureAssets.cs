namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>Azure resources: ARM ids under one resource group per stack, ACR registries.</summary>
internal sealed class AzureAssets : ICloudAssets
{
    private static readonly string[] Platforms = ["Ubuntu 22.04", "Ubuntu 20.04", "Red Hat Enterprise Linux 8.6"];
    private static readonly string[] Runtimes = ["python|3.8", "python|3.11", "node|18", "node|14", "dotnet|6.0"];

    public Asset Firewall(StackContext ctx) =>
        Make(ctx, AssetKind.Firewall, $"nsg-{ctx.Name(string.Empty)}", "Microsoft.Network/networkSecurityGroups", "networkSecurityGroups");

    public Asset Vm(StackContext ctx, string role, int number) =>
        Make(ctx, AssetKind.Vm, $"vm-{ctx.Name($"{role}{number}")}", "Microsoft.Compute/virtualMachines", "virtualMachines") with
        {
            Zone = ctx.Region.Zone(ctx.Random.Next(3)),
            Platform = ctx.Random.Pick(Platforms),
            PrivateIp = ctx.PrivateIp(),
            AltId = ctx.Random.Uuid(),
        };

    public Asset Cluster(StackContext ctx) =>
        Make(ctx, AssetKind.Cluster, $"aks-{ctx.Name(ctx.Account.StageName)}", "Microsoft.ContainerService/managedClusters", "managedClusters") with
        {
            ClusterKey = ctx.Random.Hex(64),
            Platform = "1." + ctx.Random.Between(24, 29),
        };

    public Asset Bucket(StackContext ctx, string purpose)
    {
        var compact = new string([.. $"{ctx.App.Slug}{purpose}".Where(char.IsAsciiLetterOrDigit)]);
        var name = $"st{compact[..Math.Min(compact.Length, 12)]}{ctx.Account.StageName[0]}{ctx.Tag}{ctx.Random.Hex(4)}";
        return Make(ctx, AssetKind.Bucket, name[..Math.Min(name.Length, 24)], "Microsoft.Storage/storageAccounts", "storageAccounts");
    }

    public Asset Database(StackContext ctx) =>
        Make(ctx, AssetKind.Database, $"sql-{ctx.Name(ctx.Account.StageName)}", "Microsoft.Sql/servers", "servers") with { Platform = "Azure SQL 12.0" };

    public Asset Identity(StackContext ctx, string purpose) =>
        Make(ctx, AssetKind.Identity, $"id-{ctx.Name(purpose)}", "Microsoft.ManagedIdentity/userAssignedIdentities", "userAssignedIdentities") with
        {
            AltId = ctx.Random.Uuid(),
        };

    public Asset Function(StackContext ctx, string purpose) =>
        Make(ctx, AssetKind.Function, $"func-{ctx.Name(purpose)}", "Microsoft.Web/sites", "sites") with { Platform = ctx.Random.Pick(Runtimes) };

    public (string Registry, string RepositoryPrefix) Registry(StackContext ctx)
    {
        var compact = new string([.. $"{Organisation.Slug}{ctx.Account.Team}{ctx.Account.StageName}".Where(char.IsAsciiLetterOrDigit)]);
        return ($"{compact}.azurecr.io", ctx.App.Slug);
    }

    public static string ResourceGroup(StackContext ctx) => $"rg-{ctx.Name(ctx.Account.StageName)}";

    private static Asset Make(StackContext ctx, AssetKind kind, string name, string type, string nativeType)
    {
        var group = ResourceGroup(ctx);
        var id = $"/subscriptions/{ctx.Account.Id}/resourceGroups/{group}/providers/{type}/{name}";
        return new Asset
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
            ResourceGroup = group,
        };
    }
}
