namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>A node on a path: canonical uid (or <c>internet</c>), kind, cloud (<c>aws</c>, <c>azure</c>, <c>gcp</c>, ...) and display name.</summary>
public sealed record PathNodeView(string Uid, NodeKind Kind, string Cloud, string Name, string ResourceClass);
