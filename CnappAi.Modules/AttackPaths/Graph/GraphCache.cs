namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>The last graph built in this process, so top-path queries search it without reloading.</summary>
internal sealed class GraphCache
{
    private volatile SecurityGraph? _graph;

    public SecurityGraph? Current => _graph;

    public void Set(SecurityGraph graph) => _graph = graph;
}
