using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// A vendor rule seen in imports that maps to no shared control, how often it was seen, and the controls suggested for
/// it (best first) for a person to confirm. <see cref="RuleKey"/> is the rule id, or the title when the source gives no usable id.
/// </summary>
public sealed record UnmappedRule(
    string Source,
    string RuleKey,
    string Title,
    FindingCategory Category,
    long Observations,
    DateTimeOffset LastSeen,
    IReadOnlyList<ControlSuggestion> Suggestions);
