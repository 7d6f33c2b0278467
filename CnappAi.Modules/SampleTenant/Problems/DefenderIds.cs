using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>The parent assessments vulnerability sub-assessments hang under, and where container registries live.</summary>
internal static class DefenderIds
{
    public const string MachinesAssessment = "Machines should have vulnerability findings resolved";

    public const string RegistryAssessment =
        "Azure registry container images should have vulnerabilities resolved (powered by Microsoft Defender Vulnerability Management)";

    public static string AssessmentGuid(string displayName) => StableIds.Guid("defender:" + displayName);

    /// <summary>The ARM id a vulnerability sub-assessment is filed under: the machine, or the registry holding the image.</summary>
    public static string ScannedResource(Asset asset)
    {
        if (asset.Kind != AssetKind.Image || asset.Registry is not { } registry)
        {
            return asset.ProviderId;
        }

        var name = registry[..registry.IndexOf('.', StringComparison.Ordinal)];
        return $"/subscriptions/{asset.Account.Id}/resourceGroups/rg-{Organisation.Slug}-registry-{asset.Account.StageName}/providers/Microsoft.ContainerRegistry/registries/{name}";
    }

    public static string ParentAssessment(Asset asset) => asset.Kind == AssetKind.Image ? RegistryAssessment : MachinesAssessment;
}
