namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>New enrichment for one stored finding, written by the post-import correlate-and-score pass.</summary>
public sealed record EnrichmentUpdate(string FindingId, FindingEnrichment Enrichment);
