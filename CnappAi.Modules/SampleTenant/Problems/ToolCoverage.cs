using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// Which tools see a resource. Each tool is connected to some accounts only (Orca to AWS and Azure prod and staging,
/// the cloud-native services to their own cloud), and of the tools that could see a resource one to three do, as in
/// real estates where no tool covers everything.
/// </summary>
internal static class ToolCoverage
{
    private static readonly double[] HowMany = [0, 35, 40, 25];

    private static readonly Dictionary<Tool, double> Weights = new()
    {
        [Tool.Wiz] = 6, [Tool.Prisma] = 4, [Tool.Orca] = 2, [Tool.Lacework] = 3,
        [Tool.SecurityHub] = 4, [Tool.Defender] = 4, [Tool.Scc] = 4,
    };

    public static bool Connected(Tool tool, CloudAccount account) => tool switch
    {
        Tool.Orca => account.Cloud != Cloud.Gcp && account.Stage != Stage.Dev,
        Tool.SecurityHub => account.Cloud == Cloud.Aws,
        Tool.Defender => account.Cloud == Cloud.Azure,
        Tool.Scc => account.Cloud == Cloud.Gcp,
        _ => true,
    };

    /// <summary>Tools that report vulnerabilities on this kind of resource in this cloud.</summary>
    public static IReadOnlyList<Tool> VulnerabilityTools(Asset asset) => (asset.Kind, asset.Cloud) switch
    {
        (AssetKind.Vm, Cloud.Aws) => [Tool.Wiz, Tool.SecurityHub, Tool.Lacework, Tool.Orca],
        (AssetKind.Vm, Cloud.Azure) => [Tool.Wiz, Tool.Defender, Tool.Orca],
        (AssetKind.Vm, _) => [Tool.Wiz, Tool.Lacework, Tool.Scc],
        (AssetKind.Image, Cloud.Azure) => [Tool.Wiz, Tool.Lacework, Tool.Defender],
        (AssetKind.Image, _) => [Tool.Wiz, Tool.Lacework],
        (AssetKind.Function, Cloud.Aws) => [Tool.Wiz, Tool.SecurityHub],
        (AssetKind.Function, _) => [Tool.Wiz],
        _ => [],
    };

    /// <summary>The one to three tools that watch <paramref name="asset"/>.</summary>
    public static IReadOnlyList<Tool> Choose(Asset asset, SampleRandom random)
    {
        var eligible = VulnerabilityTools(asset)
            .Concat(ControlCatalog.For(asset).SelectMany(c => c.Rules).Select(r => r.Tool))
            .Concat(ThreatCatalog.For(asset).SelectMany(t => t.Rules).Select(r => r.Tool))
            .Distinct()
            .Where(t => Connected(t, asset.Account))
            .Order()
            .ToList();
        var count = Math.Min(random.Weighted(HowMany), eligible.Count);
        var chosen = new List<Tool>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = eligible[random.Weighted([.. eligible.Select(t => Weights[t])])];
            chosen.Add(pick);
            eligible.Remove(pick);
        }

        return [.. chosen.Order()];
    }

    /// <summary>Tools that can record a risk acceptance on a record of this stream.</summary>
    public static bool CanSuppress(OutputStream stream) => stream is not (OutputStream.WizConfiguration or OutputStream.LaceworkHosts
        or OutputStream.LaceworkAlerts or OutputStream.DefenderAlerts);
}
