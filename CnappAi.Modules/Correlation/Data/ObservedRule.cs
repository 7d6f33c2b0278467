using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.Data;

/// <summary>A vendor rule seen in imports with no shared control (table <c>correlation_observed_rules</c>), listed for mapping.</summary>
internal sealed class ObservedRule
{
    public required string Source { get; set; }
    public required string RuleKey { get; set; }
    public required string Title { get; set; }
    public FindingCategory Category { get; set; }
    public long Count { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
}
