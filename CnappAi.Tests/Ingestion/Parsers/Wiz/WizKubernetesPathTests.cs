using CnappAi.Modules.Ingestion.Parsers.Wiz;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizKubernetesPathTests
{
    private const string Cluster = "42cfa6ccd681025c90a26bea65c39fa80ca8837a0bd3b5c7889165217fa4931e";

    [Theory]
    [InlineData($"k8s/serviceaccount/{Cluster}/kube-system/daemon-set-controller", "daemon-set-controller", null,
        $"k8s://{Cluster}/kube-system/serviceaccount/daemon-set-controller")]
    [InlineData($"k8s/deployment/{Cluster}/faxv/master-tomcat", null, null, $"k8s://{Cluster}/faxv/deployment/master-tomcat")]
    [InlineData($"k8s/user/{Cluster}/clusteradmin", "clusterAdmin", null, $"k8s://{Cluster}/_cluster/user/clusteradmin")]
    [InlineData($"k8s/user/{Cluster}/system:kube-controller-manager", null, null, $"k8s://{Cluster}/_cluster/user/system:kube-controller-manager")]
    [InlineData($"k8s/clusterrole/{Cluster}/system:aggregate-to-edit/12", "system:aggregate-to-edit", null,
        $"k8s://{Cluster}/_cluster/clusterrole/system:aggregate-to-edit")]
    [InlineData($"k8s/pod/{Cluster}/wiz/sensor-m0u2t", "sensor-m0u2t", "wiz", $"k8s://{Cluster}/wiz/pod/sensor-m0u2t")]
    public void Parse_WizObjectPath_BuildsKubernetesUid(string id, string? name, string? ns, string expected)
    {
        var resource = WizKubernetesPath.Parse(id, name, ns).ShouldNotBeNull();

        resource.Uid.ShouldBe(expected);
        resource.Provider.ShouldBe(CloudProvider.Kubernetes);
        resource.Account.ShouldBe(Cluster);
    }

    [Fact]
    public void Parse_UserNameWithSlashes_KeepsTheWholeNameWhenTheRecordNamesIt()
    {
        const string name = "aks:trustedaccess:/subscriptions/fee3535b/providers/microsoft.security/pricings/cloudposture";

        var resource = WizKubernetesPath.Parse($"k8s/user/{Cluster}/{name}", name, null).ShouldNotBeNull();

        resource.Name.ShouldBe(name);
        resource.Uid.ShouldStartWith($"k8s://{Cluster}/_cluster/user/");
    }

    [Theory]
    [InlineData("k8s/pod")]
    [InlineData("k8s/pod//name")]
    public void Parse_IncompletePath_IsNull(string id) => WizKubernetesPath.Parse(id, null, null).ShouldBeNull();

    [Theory]
    [InlineData("k8s/pod/c/ns/name", true)]
    [InlineData("arn:aws:s3:::bucket", false)]
    [InlineData(null, false)]
    public void IsPath_Prefix_RecognisesWizKubernetesIds(string? id, bool expected) => WizKubernetesPath.IsPath(id).ShouldBe(expected);
}
