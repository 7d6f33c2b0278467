namespace CnappAi.Modules.Assets.Contracts;

/// <summary>
/// An edge from a relationships export (<c>exposes</c>, <c>contains</c>, <c>runs-image</c>, <c>can-read</c>, ...) between
/// canonical resource ids; <see cref="Source"/> may be <c>internet</c>.
/// </summary>
public sealed record AssetRelationship(string Source, string Target, string Relationship, string? Detail);
