using System.Collections.Frozen;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// What correlation needs besides the shipped crosswalk, loaded once per import so assigning a cluster never touches
/// the database: mappings people confirmed, splits people made, and which image each workload runs.
/// </summary>
internal sealed record CorrelationSnapshot(
    FrozenDictionary<string, string> ConfirmedControls,
    FrozenDictionary<string, SplitMark> Splits,
    FrozenDictionary<string, string> ImageOfWorkload)
{
    public static CorrelationSnapshot Empty { get; } = new(
        FrozenDictionary<string, string>.Empty, FrozenDictionary<string, SplitMark>.Empty, FrozenDictionary<string, string>.Empty);

    public static string RuleKey(string source, string ruleKey) => $"{source.ToLowerInvariant()}\n{ruleKey.ToLowerInvariant()}";
}
