namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>Where a graph edge came from, as shown on each hop.</summary>
internal static class EdgeOrigins
{
    public const string Relationships = "relationships";
    public const string SecretFinding = "inferred:secret-finding";
}
