namespace CnappAi.Modules.Ai.Data;

/// <summary>Which text (by hash) stands for a finding in semantic search; many findings share one text.</summary>
internal sealed class AiFindingText
{
    public required string FindingId { get; set; }
    public required string TextHash { get; set; }
}
