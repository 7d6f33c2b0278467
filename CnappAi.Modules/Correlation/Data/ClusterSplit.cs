namespace CnappAi.Modules.Correlation.Data;

/// <summary>
/// A finding a person split out of a wrong merge (table <c>correlation_splits</c>). Findings split together share
/// <see cref="SplitId"/> and stay one unified finding of their own on every later import.
/// </summary>
internal sealed class ClusterSplit
{
    public required string FindingId { get; set; }
    public required string SplitId { get; set; }
    public required string FromClusterId { get; set; }
    public required string Reason { get; set; }
    public required string SplitBy { get; set; }
    public DateTimeOffset SplitAt { get; set; }
}
