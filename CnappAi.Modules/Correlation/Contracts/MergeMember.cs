using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>One tool's report in a unified finding and the key it matched on (<see cref="MatchReason"/>).</summary>
public sealed record MergeMember(
    string FindingId,
    string Source,
    string SourceFindingId,
    string Title,
    string? RuleId,
    Severity Severity,
    FindingStatus Status,
    string ResourceUid,
    string? MatchReason,
    bool IsPrimary);
