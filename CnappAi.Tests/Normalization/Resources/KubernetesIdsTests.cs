using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class KubernetesIdsTests
{
    [Theory]
    [InlineData("Pod", ResourceClass.K8sWorkload)]
    [InlineData("Deployment", ResourceClass.K8sWorkload)]
    [InlineData("daemonsets", ResourceClass.K8sWorkload)]
    [InlineData("StatefulSet", ResourceClass.K8sWorkload)]
    [InlineData("ReplicaSet", ResourceClass.K8sWorkload)]
    [InlineData("Job", ResourceClass.K8sWorkload)]
    [InlineData("CronJob", ResourceClass.K8sWorkload)]
    [InlineData("ServiceAccount", ResourceClass.Identity)]
    [InlineData("Role", ResourceClass.Identity)]
    [InlineData("ClusterRole", ResourceClass.Identity)]
    [InlineData("RoleBinding", ResourceClass.Identity)]
    [InlineData("ClusterRoleBinding", ResourceClass.Identity)]
    [InlineData("Service", ResourceClass.Network)]
    [InlineData("Ingress", ResourceClass.Network)]
    [InlineData("NetworkPolicy", ResourceClass.Network)]
    [InlineData("Secret", ResourceClass.KeySecret)]
    [InlineData("ConfigMap", ResourceClass.KeySecret)]
    [InlineData("Cluster", ResourceClass.K8sCluster)]
    [InlineData("Node", ResourceClass.K8sCluster)]
    [InlineData("Namespace", ResourceClass.Other)]
    [InlineData("CustomThing", ResourceClass.Other)]
    public void Kubernetes_Kind_MapsToItsClass(string kind, ResourceClass resourceClass)
    {
        var built = ResourceIds.Kubernetes("prod", "apps", kind, "web");

        ResourceAssert.Matches(built, CloudProvider.Kubernetes, "prod", null, $"k8s:{kind.ToLowerInvariant()}", resourceClass, "web");
        built.Uid.ShouldBe($"k8s://prod/apps/{kind.ToLowerInvariant()}/web");
        ResourceAssert.RoundTrips(built);
    }

    [Theory]
    [InlineData(null, null, "Node", "ip-10-0-0-1", "k8s://default/_cluster/node/ip-10-0-0-1")]
    [InlineData(" ", "", "ClusterRole", "admin", "k8s://default/_cluster/clusterrole/admin")]
    [InlineData("prod", "default", " Pod ", " web-0 ", "k8s://prod/default/pod/web-0")]
    [InlineData("arn:aws:eks:us-east-1:111122223333:cluster/prod", "default", "Pod", "web-0", "k8s://arn:aws:eks:us-east-1:111122223333:cluster/prod/default/pod/web-0")]
    public void Kubernetes_MissingClusterOrNamespace_UsesDefaults(string? cluster, string? ns, string kind, string name, string uid)
    {
        var built = ResourceIds.Kubernetes(cluster, ns, kind, name);

        built.Uid.ShouldBe(uid);
        ResourceAssert.RoundTrips(built);
    }

    [Fact]
    public void Kubernetes_BlankKindAndName_StillBuildsWithoutThrowing()
    {
        var built = ResourceIds.Kubernetes("prod", "default", " ", "");

        built.Uid.ShouldBe("k8s://prod/default/unknown/");
        built.Name.ShouldBeNull();
        built.Class.ShouldBe(ResourceClass.Other);
    }
}
