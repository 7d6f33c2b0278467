namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>
/// One hop of a path: the edge from <see cref="From"/> to <see cref="To"/>, its type, where the edge came from
/// (<c>relationships</c>, <c>inferred:secret-finding</c>), its detail, the hop's 0–1 likelihood and the findings that enable it.
/// </summary>
public sealed record PathHopView(
    int Order,
    PathNodeView From,
    PathNodeView To,
    EdgeKind Edge,
    string EdgeSource,
    string? Detail,
    double Likelihood,
    IReadOnlyList<HopEvidence> Evidence);
