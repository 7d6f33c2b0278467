using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Workload hardening checks; only Wiz reads inside the clusters, on every cloud alike.</summary>
internal static class KubernetesControls
{
    public static IReadOnlyList<ControlEntry> All { get; } =
    [
        .. Enum.GetValues<Cloud>().SelectMany<Cloud, ControlEntry>(cloud =>
        [
            new("workload-privileged", ProblemKind.Misconfiguration, cloud, AssetKind.Workload, Level.High, "5.2.1",
                [Wiz("K8S-012", "Container should not run as privileged", Level.High)]),
            new("workload-root", ProblemKind.Misconfiguration, cloud, AssetKind.Workload, Level.Medium, "5.2.6",
                [Wiz("K8S-017", "Container should not run as root user", Level.Medium)], Noise: true),
            new("workload-no-limits", ProblemKind.Misconfiguration, cloud, AssetKind.Workload, Level.Low, "n/a",
                [Wiz("K8S-031", "Container should have CPU and memory limits", Level.Low)], Noise: true),
        ]),
    ];
}
