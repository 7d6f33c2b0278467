using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>The fields correlation reads, whether the finding is being imported or is already stored.</summary>
internal sealed record CorrelationInput(
    string Source,
    FindingCategory Category,
    string? RuleId,
    string Title,
    IReadOnlyList<string> Cves,
    string ResourceUid,
    ResourceClass ResourceClass)
{
    public static CorrelationInput Of(NormalizedObservation o) =>
        new(o.Source.ToLowerInvariant(), o.Category, o.RuleId, o.Title, o.Cves, o.Resource?.Uid ?? string.Empty, o.Resource?.Class ?? ResourceClass.Other);

    public static CorrelationInput Of(ClusterMember m) =>
        new(m.Source, m.Category, m.RuleId, m.Title, m.Cves, m.Resource.Uid, m.Resource.Class);
}
