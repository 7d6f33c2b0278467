namespace CnappAi.Modules.Triage.Data;

/// <summary>A saved explorer view of one user (table <c>triage_saved_views</c>).</summary>
internal sealed class SavedViewRecord
{
    public Guid Id { get; set; }
    public required string Owner { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
