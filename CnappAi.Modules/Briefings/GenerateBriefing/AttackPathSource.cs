using System.Globalization;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Modules.Briefings.GenerateBriefing;

/// <summary>
/// The attack paths behind the top risks: the paths the last attack-path rebuild stored, keyed by the unified findings
/// (cluster ids) that enable one of their hops, each described as "#rank entry → … → target (score)".
/// </summary>
internal sealed class AttackPathSource(IAttackPathsFacade attackPaths)
{
    public const string Available = "available";
    public const string NotAvailable = "attack-path analysis not available";
    public const string NotRun = "attack-path analysis has not run yet";
    public const int PathsRead = 200;

    public async Task<(IReadOnlyDictionary<string, IReadOnlyList<string>> PathsByCluster, string Status)> ReadAsync(CancellationToken ct)
    {
        var overview = await attackPaths.GetOverviewAsync(ct).ConfigureAwait(false);
        if (overview.LastBuild is null)
        {
            return (new Dictionary<string, IReadOnlyList<string>>(), NotRun);
        }

        var paths = await attackPaths.GetStoredPathsAsync(new PathQuery(PathsRead), ct).ConfigureAwait(false);
        var byCluster = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = Describe(path);
            foreach (var cluster in path.Hops.SelectMany(h => h.Evidence).Select(e => e.ClusterId).Distinct(StringComparer.Ordinal))
            {
                (byCluster.TryGetValue(cluster, out var list) ? list : byCluster[cluster] = []).Add(text);
            }
        }

        return (byCluster.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Take(3)], StringComparer.Ordinal), Available);
    }

    public static string Describe(AttackPathView path)
    {
        var nodes = path.Hops.Count == 0 ? [path.EntryUid, path.TargetUid] : path.Hops.Select(h => h.From.Name).Append(path.Hops[^1].To.Name);
        return string.Create(CultureInfo.InvariantCulture, $"#{path.Rank} {string.Join(" → ", nodes)} (score {path.Score:0.0})");
    }
}
