using System.Collections.Frozen;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Class of a Kubernetes kind; scanners spell kinds singular (<c>Deployment</c>) or plural (<c>deployments</c>), so both are listed.</summary>
internal static class KubernetesKinds
{
    private static readonly FrozenDictionary<string, ResourceClass> ByKind = Build(
        (ResourceClass.K8sWorkload, ["pod", "pods", "deployment", "deployments", "daemonset", "daemonsets", "statefulset", "statefulsets",
            "replicaset", "replicasets", "job", "jobs", "cronjob", "cronjobs", "replicationcontroller", "replicationcontrollers"]),
        (ResourceClass.Identity, ["serviceaccount", "serviceaccounts", "role", "roles", "clusterrole", "clusterroles",
            "rolebinding", "rolebindings", "clusterrolebinding", "clusterrolebindings"]),
        (ResourceClass.Network, ["service", "services", "ingress", "ingresses", "networkpolicy", "networkpolicies"]),
        (ResourceClass.KeySecret, ["secret", "secrets", "configmap", "configmaps"]),
        (ResourceClass.K8sCluster, ["cluster", "clusters", "node", "nodes"]));

    public static ResourceClass Classify(string kind) => TryClassify(kind) ?? ResourceClass.Other;

    public static ResourceClass? TryClassify(string kind) => ByKind.TryGetValue(kind, out var result) ? result : null;

    private static FrozenDictionary<string, ResourceClass> Build(params (ResourceClass Class, string[] Kinds)[] groups)
    {
        var map = new Dictionary<string, ResourceClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (resourceClass, kinds) in groups)
        {
            foreach (var kind in kinds)
            {
                map[kind] = resourceClass;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
