namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>Partial paths of the search as parent-linked labels in growable arrays (no per-path allocation).</summary>
internal sealed class LabelStore
{
    private int _count;

    public int[] Node { get; private set; } = new int[1024];
    public int[] Parent { get; private set; } = new int[1024];
    public int[] Edge { get; private set; } = new int[1024];
    public int[] Depth { get; private set; } = new int[1024];

    public int Add(int node, int parent, int edge, int depth)
    {
        if (_count == Node.Length)
        {
            Node = Grow(Node);
            Parent = Grow(Parent);
            Edge = Grow(Edge);
            Depth = Grow(Depth);
        }

        (Node[_count], Parent[_count], Edge[_count], Depth[_count]) = (node, parent, edge, depth);
        return _count++;
    }

    /// <summary>True when the partial path ending at <paramref name="label"/> already visits <paramref name="node"/> (keeps paths simple).</summary>
    public bool OnPath(int label, int node)
    {
        for (var l = label; l >= 0; l = Parent[l])
        {
            if (Node[l] == node)
            {
                return true;
            }
        }

        return false;
    }

    public (int[] Nodes, int[] Edges) Trace(int label)
    {
        var depth = Depth[label];
        var nodes = new int[depth + 1];
        var edges = new int[depth];
        for (var (l, i) = (label, depth); l >= 0; l = Parent[l], i--)
        {
            nodes[i] = Node[l];
            if (i > 0)
            {
                edges[i - 1] = Edge[l];
            }
        }

        return (nodes, edges);
    }

    private static int[] Grow(int[] array)
    {
        var grown = new int[array.Length * 2];
        array.CopyTo(grown, 0);
        return grown;
    }
}
