namespace CnappAi.Modules.Correlation.Data;

/// <summary>A rule-to-control mapping a person confirmed (table <c>correlation_confirmed_mappings</c>); it overrides the crosswalk.</summary>
internal sealed class ConfirmedMapping
{
    public required string Source { get; set; }
    public required string RuleKey { get; set; }
    public required string ControlId { get; set; }
    public string? Title { get; set; }
    public required string ConfirmedBy { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}
