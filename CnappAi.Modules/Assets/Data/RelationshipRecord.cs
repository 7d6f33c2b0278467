namespace CnappAi.Modules.Assets.Data;

/// <summary>An edge from a relationships export (table <c>assets_relationships</c>); re-importing the same edge changes nothing.</summary>
internal sealed class RelationshipRecord
{
    public required string SourceUid { get; set; }
    public required string TargetUid { get; set; }
    public required string Relationship { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
