using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;

namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>
/// Bounded best-first k-best search from the internet pseudo-node over simple paths of at most <c>maxDepth</c> hops.
/// Partial paths leave the queue likeliest first; since a hop's likelihood is at most 1, a partial path can never end
/// above its likelihood × the best target value, so the search stops once that bound falls below the k-th best score
/// found, and skips extensions that could not beat it. Each node is expanded at most <c>k</c> times, which bounds the
/// work by k × edges however many paths the graph holds.
/// </summary>
internal static class PathSearch
{
    public static IReadOnlyList<FoundPath> Run(SecurityGraph graph, int k, int maxDepth)
    {
        if (k <= 0 || graph.MaxValue <= 0)
        {
            return [];
        }

        var labels = new LabelStore();
        var queue = new PriorityQueue<int, float>();
        var best = new PriorityQueue<int, double>();
        var expanded = new int[graph.NodeCount];
        var maxValue = graph.MaxValue;
        queue.Enqueue(labels.Add(graph.Internet, -1, -1, 0), -1f);
        while (queue.TryDequeue(out var label, out var negative))
        {
            var likelihood = -negative;
            var floor = best.Count >= k && best.TryPeek(out _, out var kth) ? kth / 10d : -1d;
            if (likelihood * maxValue <= floor)
            {
                break;
            }

            var node = labels.Node[label];
            if (expanded[node]++ >= k)
            {
                continue;
            }

            var depth = labels.Depth[label];
            if (depth > 0 && graph.Value[node] > 0)
            {
                best.Enqueue(label, likelihood * graph.Value[node] * 10d);
                if (best.Count > k)
                {
                    best.Dequeue();
                }
            }

            if (depth >= maxDepth)
            {
                continue;
            }

            for (var e = graph.Offsets[node]; e < graph.Offsets[node + 1]; e++)
            {
                var next = graph.Targets[e];
                var extended = likelihood * graph.Likelihood[e];
                if (extended * maxValue <= floor || expanded[next] >= k || (depth == 0 && graph.EdgeKinds[e] != EdgeKind.Exposes) || labels.OnPath(label, next))
                {
                    continue;
                }

                queue.Enqueue(labels.Add(next, label, e, depth + 1), -extended);
            }
        }

        var found = new List<FoundPath>(best.Count);
        while (best.TryDequeue(out var label, out var score))
        {
            var (nodes, edges) = labels.Trace(label);
            found.Add(new FoundPath(nodes, edges, Math.Round(score, 4)));
        }

        found.Reverse();
        return found;
    }
}
