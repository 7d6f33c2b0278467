using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Which shared control a finding fails: the crosswalk's mapping when the finding carries one; else vulnerabilities and
/// secrets by category and everything else by the words of its rule (see <see cref="ControlKeywords"/>), preferring
/// controls that apply to the resource's class.
/// </summary>
internal static class ControlResolver
{
    public static SharedControl? Resolve(FindingView finding)
    {
        // The crosswalk's mapping (vendor rule to control), when correlation made one, is exact; words are the fallback.
        if (SharedControls.Find(finding.ControlId) is { } mapped)
        {
            return mapped;
        }

        if (finding.Category == FindingCategory.Vulnerability)
        {
            return SharedControls.Find(VulnerabilityControl(finding));
        }

        var text = $"{finding.Title} {finding.RuleId}";
        return Match(text, finding.Resource.Class)
            ?? Match($"{text} {Cut(finding.Description, 300)}", finding.Resource.Class)
            ?? (finding.Category == FindingCategory.Secret ? SharedControls.Find("secrets.exposed-credentials") : null);
    }

    /// <summary>The control a plain-language requirement talks about (policy as code), whatever the resource.</summary>
    public static SharedControl? ForRequirement(string requirement) => Match(requirement, resourceClass: null);

    private static SharedControl? Match(string text, ResourceClass? resourceClass)
    {
        SharedControl? firstMatch = null;
        foreach (var (id, pattern) in ControlKeywords.Ordered)
        {
            if (!pattern.IsMatch(text) || SharedControls.Find(id) is not { } control)
            {
                continue;
            }

            if (resourceClass is null or ResourceClass.Other or ResourceClass.Account or ResourceClass.SourceFile
                || control.ResourceClasses.Contains(resourceClass.Value))
            {
                return control;
            }

            // Vendors file some checks on a neighbouring class (a kubelet flag on the workload, not the cluster):
            // the words still name the control when no class-compatible one does.
            firstMatch ??= control;
        }

        return firstMatch;
    }

    private static string VulnerabilityControl(FindingView finding)
    {
        var text = $"{finding.Title} {finding.Description}";
        if (text.Contains("known exploit", StringComparison.OrdinalIgnoreCase) || text.Contains("actively exploited", StringComparison.OrdinalIgnoreCase)
            || text.Contains("KEV", StringComparison.Ordinal))
        {
            return "vulnerability.known-exploited";
        }

        return finding.Resource.Class switch
        {
            ResourceClass.Image or ResourceClass.Container => "container.image-vulnerabilities",
            ResourceClass.Vm when finding.Package is null => "compute.os-patching",
            ResourceClass.Function when finding.Package is null => "function.runtime-supported",
            _ => "vulnerability.package",
        };
    }

    private static string Cut(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];
}
