using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>Builds the edges the extractors emit, with the relationship words of the relationships file.</summary>
internal static class VendorEdge
{
    public const string Contains = "contains";
    public const string RunsAs = "runs-as";

    public static AssetRelationship Exposes(string target, string origin, string detail) =>
        new(RelationshipNames.Internet, target, RelationshipNames.Exposes, detail, origin);

    public static AssetRelationship Between(string source, string target, string relationship, string origin, string detail) =>
        new(source, target, relationship, detail, origin);
}
