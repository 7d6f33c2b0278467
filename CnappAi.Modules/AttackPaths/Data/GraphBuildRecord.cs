namespace CnappAi.Modules.AttackPaths.Data;

/// <summary>
/// One rebuild (table <c>attackpaths_builds</c>): its summary and global cheapest cut as JSON, and the fingerprint of
/// the inputs it saw, so the job can skip a rebuild when nothing was imported since.
/// </summary>
internal sealed class GraphBuildRecord
{
    public Guid Id { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
    public required string Fingerprint { get; set; }
    public required string SummaryJson { get; set; }
    public string? CutJson { get; set; }
}
