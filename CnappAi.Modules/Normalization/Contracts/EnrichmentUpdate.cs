namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// New enrichment for one stored finding, written by the post-import correlate-and-score pass. With the stored
/// enrichment as <paramref name="Previous"/>, a change to the score columns only (score, priority, factors, SLA due
/// date, primary flag, source count) is written by a narrower statement that leaves the other columns' indexes alone.
/// </summary>
public sealed record EnrichmentUpdate(string FindingId, FindingEnrichment Enrichment, FindingEnrichment? Previous = null)
{
    /// <summary>True when only the columns the score pass owns differ from <see cref="Previous"/>.</summary>
    public bool ScoreOnly => Previous is { } p && p with
    {
        RiskScore = Enrichment.RiskScore,
        Priority = Enrichment.Priority,
        RiskFactors = Enrichment.RiskFactors,
        SlaDue = Enrichment.SlaDue,
        IsPrimary = Enrichment.IsPrimary,
        ClusterSources = Enrichment.ClusterSources,
    } == Enrichment;
}
