namespace CnappAi.Modules.Correlation;

/// <summary>Correlation settings (section <c>Correlation</c>).</summary>
internal sealed class CorrelationOptions
{
    public const string SectionName = "Correlation";

    /// <summary>
    /// Key vulnerabilities found on a workload or container on the image it runs (when the relationship data names it),
    /// so one CVE in one image deployed to several workloads is one finding with one fix. Off: one finding per workload.
    /// </summary>
    public bool MergeVulnerabilitiesByImage { get; set; } = true;
}
