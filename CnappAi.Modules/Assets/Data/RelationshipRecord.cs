using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Modules.Assets.Data;

/// <summary>
/// An edge from a relationships export or a vendor's record (table <c>assets_relationships</c>); storing the same edge
/// again changes nothing, whatever its origin: the first to name it keeps it.
/// </summary>
internal sealed class RelationshipRecord
{
    public required string SourceUid { get; set; }
    public required string TargetUid { get; set; }
    public required string Relationship { get; set; }
    public string? Detail { get; set; }
    public string Origin { get; set; } = RelationshipOrigins.File;
    public DateTimeOffset ImportedAt { get; set; }
}
