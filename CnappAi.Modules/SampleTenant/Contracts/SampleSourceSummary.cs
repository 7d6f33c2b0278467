namespace CnappAi.Modules.SampleTenant.Contracts;

/// <summary>
/// One source's share of a sample tenant: its files, the observations an import will read from them, and the distinct
/// findings those observations are (fewer when a record is repeated across pages or time windows). Context sources
/// (<c>cmdb</c>, <c>relationships</c>, <c>cnappai-manifest</c>) have files but no observations.
/// </summary>
public sealed record SampleSourceSummary(string Source, int Files, int Observations, int Findings);
