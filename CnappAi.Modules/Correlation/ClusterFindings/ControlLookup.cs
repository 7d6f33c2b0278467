using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Crosswalk;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>A rule's shared control: a mapping a person confirmed overrides the shipped crosswalk.</summary>
internal sealed class ControlLookup(CorrelationState state)
{
    public ControlMatch? ControlOf(string source, string? ruleId, string? title, FindingCategory? category)
    {
        var key = RuleText.KeyOf(ruleId, title ?? string.Empty);
        if (key.Length > 0 && state.Current.ConfirmedControls.TryGetValue(CorrelationSnapshot.RuleKey(source, key), out var confirmed))
        {
            return new ControlMatch(confirmed, MatchBasis.Confirmed, key);
        }

        return ControlCrosswalk.Shipped.Match(source, ruleId, title, category);
    }
}
