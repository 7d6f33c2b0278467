namespace CnappAi.Modules.Ai.Data;

/// <summary>An analyst's verdict on one output; a second review of the same output replaces the first.</summary>
internal sealed class AiReview
{
    public Guid OutputId { get; set; }
    public bool Correct { get; set; }
    public required string Reason { get; set; }
    public required string Reviewer { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
}
