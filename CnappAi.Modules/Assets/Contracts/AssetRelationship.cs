namespace CnappAi.Modules.Assets.Contracts;

/// <summary>
/// An edge between canonical resource ids (<c>exposes</c>, <c>contains</c>, <c>runs-image</c>, <c>can-read</c>, ...);
/// <see cref="Source"/> may be <c>internet</c>. <see cref="Origin"/> says where it came from (<see cref="RelationshipOrigins"/>).
/// </summary>
public sealed record AssetRelationship(string Source, string Target, string Relationship, string? Detail, string Origin = RelationshipOrigins.File);
