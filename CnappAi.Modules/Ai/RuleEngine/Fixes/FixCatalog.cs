using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Every fix template, keyed by shared control; a provider's own templates come before provider-neutral ones.</summary>
internal static class FixCatalog
{
    public static readonly IReadOnlyList<FixTemplate> All =
        [.. AwsStorageFixes.All, .. AwsNetworkFixes.All, .. AwsIdentityFixes.All, .. AzureFixes.All, .. GcpFixes.All, .. WorkloadFixes.All, .. ThreatFixes.All];

    private static readonly ILookup<string, FixTemplate> ByControl = All.ToLookup(t => t.ControlId, StringComparer.Ordinal);

    public static IReadOnlyList<FixTemplate> For(string controlId, CanonicalResource resource)
    {
        var key = FixGuidesExtended.TemplateAliases.GetValueOrDefault(controlId, controlId);
        return [.. ByControl[key].Where(t => t.Provider == resource.Provider), .. ByControl[key].Where(t => t.Provider is null && Fits(t, resource))];
    }

    // Provider-neutral templates are manifests and Dockerfiles: offer them only where such a thing exists.
    private static bool Fits(FixTemplate template, CanonicalResource resource) => template.Format switch
    {
        FixFormat.Kubernetes => resource.Provider is CloudProvider.Kubernetes or CloudProvider.Container or CloudProvider.Code
            || resource.Class is ResourceClass.K8sCluster or ResourceClass.K8sWorkload or ResourceClass.Container or ResourceClass.Image,
        FixFormat.Dockerfile => resource.Class is ResourceClass.Image or ResourceClass.Container or ResourceClass.SourceFile or ResourceClass.K8sWorkload,
        _ => true,
    };
}
