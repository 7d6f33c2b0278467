using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>An open finding as the graph uses it: evidence on the node of its resource.</summary>
internal sealed record GraphFinding(string Id, string ClusterId, string ResourceUid, FindingCategory Category, Severity Severity, double RiskScore, string Title);

/// <summary>An edge before indexing; <see cref="Origin"/> says where it came from (relationships file, inference).</summary>
internal sealed record GraphEdge(string Source, string Target, EdgeKind Kind, string Origin, string? Detail = null);

/// <summary>What the graph knows of a resource besides its uid: the parsed resource and the inventory's context.</summary>
internal sealed record GraphNodeFacts(CanonicalResource? Resource, AssetContext? Context);

/// <summary>Everything a build reads; <see cref="Facts"/> is asked per uid so a caller can answer from a warm cache.</summary>
internal sealed record GraphInput(IReadOnlyList<GraphEdge> Edges, IReadOnlyList<GraphFinding> Findings, Func<string, GraphNodeFacts> Facts);
