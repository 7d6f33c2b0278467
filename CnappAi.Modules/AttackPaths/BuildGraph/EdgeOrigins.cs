using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// Where a graph edge came from, as shown on each hop: a stored relationship's own origin (<c>relationships-file</c>,
/// <c>vendor:wiz</c>, <c>vendor:orca</c>) or an inference made while loading the graph (<c>inferred:...</c>).
/// </summary>
internal static class EdgeOrigins
{
    public const string Relationships = RelationshipOrigins.File;
    public const string SecretFinding = "inferred:secret-finding";

    public static bool IsInferred(string origin) => origin.StartsWith("inferred:", StringComparison.Ordinal);

    /// <summary>A stored relationship's origin; rows from before origins were stored count as a relationships file.</summary>
    public static string Of(string? stored) => string.IsNullOrWhiteSpace(stored) ? Relationships : stored;
}
