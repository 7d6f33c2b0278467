using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class ResourceIdParserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("i-0abc123")]
    [InlineData("acme-logs")]
    [InlineData("nginx:1.2")]
    [InlineData("projects/acme-prod/zones/us-central1-a/instances/web-1")]
    [InlineData("arn")]
    [InlineData("arn:")]
    [InlineData("k8s://")]
    [InlineData("k8s://prod/default/pod")]
    [InlineData("k8s://prod//pod/web")]
    [InlineData("file://")]
    [InlineData("file://local")]
    [InlineData("file://local/dir/")]
    [InlineData("arn:aws:s3:::acme\nlogs")]
    [InlineData("ftp://example.com/file")]
    public void Parse_BlankOrUnrecognised_ReturnsNull(string? id) => ResourceIds.Parse(id).ShouldBeNull();

    [Theory]
    [InlineData("k8s://prod/default/deployment/web", "prod", "k8s:deployment", ResourceClass.K8sWorkload, "web")]
    [InlineData("k8s://prod/_cluster/clusterrole/admin", "prod", "k8s:clusterrole", ResourceClass.Identity, "admin")]
    [InlineData("k8s://prod/kube-system/Secret/token", "prod", "k8s:secret", ResourceClass.KeySecret, "token")]
    [InlineData("k8s://arn:aws:eks:us-east-1:111122223333:cluster/prod/default/pod/web-0", "arn:aws:eks:us-east-1:111122223333:cluster/prod", "k8s:pod", ResourceClass.K8sWorkload, "web-0")]
    public void Parse_KubernetesId_SplitsFromTheRight(string id, string cluster, string type, ResourceClass resourceClass, string name) =>
        ResourceAssert.Matches(ResourceIds.Parse(id), CloudProvider.Kubernetes, cluster, null, type, resourceClass, name);

    [Fact]
    public void Parse_KubernetesIdWithKindCasing_FoldsTheKind() =>
        ResourceIds.Parse("k8s://prod/kube-system/Secret/token").ShouldNotBeNull().Uid.ShouldBe("k8s://prod/kube-system/secret/token");

    [Fact]
    public void Parse_SourceFileId_IsACodeFile() =>
        ResourceAssert.Matches(ResourceIds.Parse("file://github.com/acme/app/infra/main.tf"), CloudProvider.Code, null, null, "file", ResourceClass.SourceFile, "main.tf");

    [Fact]
    public void Parse_BigListOfNaughtyStrings_NeverThrows() =>
        ThrowingInputs(text =>
        {
            ResourceIds.Parse(text);
            foreach (var prefix in Prefixes)
            {
                ResourceIds.Parse(prefix + text);
                ResourceIds.Parse(prefix + text + "/" + text);
            }
        }).ShouldBeEmpty();

    [Fact]
    public void Builders_BigListOfNaughtyStrings_NeverThrow() =>
        ThrowingInputs(text =>
        {
            ResourceIds.AwsFromParts(text, text, text, text, text);
            ResourceIds.AwsFromParts("111122223333", "us-east-1", null, text);
            ResourceIds.AwsFromParts("111122223333", "us-east-1", "AwsIamRole", text);
            ResourceIds.AzureFromParts(text, text, text, text);
            ResourceIds.AzureFromParts("sub", "rg", "Microsoft.Compute/virtualMachines", text);
            ResourceIds.AzureFromParts("sub", "rg", text, "vm1");
            ResourceIds.GcpFromParts(text, text, text, text);
            ResourceIds.GcpFromParts("p", "us-central1-a", "instance", text);
            ResourceIds.GcpFromParts("p", null, "service account", text);
            ResourceIds.Account(CloudProvider.Aws, text);
            ResourceIds.Account(CloudProvider.Azure, text);
            ResourceIds.Account(CloudProvider.Gcp, text);
            ResourceIds.Kubernetes(text, text, text, text);
            ResourceIds.ContainerImage(text, text);
            ResourceIds.ContainerImage(text);
            ResourceIds.SourceFile(text, text);
            ResourceIds.VendorNative(text, text, CloudProvider.Aws, text, text);
        }).ShouldBeEmpty();

    // Every recognised prefix, so the naughty text reaches each grammar rather than only the dispatcher.
    private static readonly string[] Prefixes =
    [
        "arn:aws:ec2:us-east-1:111122223333:", "arn:aws:s3:::", "arn:", "AWS::::Account:", "/subscriptions/", "/subscriptions/s/resourceGroups/",
        "/providers/", "//compute.googleapis.com/", "//storage.googleapis.com/", "https://www.googleapis.com/compute/v1/",
        "https://", "k8s://", "k8s://c/n/k/", "file://", "//", "/",
    ];

    /// <summary>The naughty strings (plus a null) for which <paramref name="act"/> threw, with the exception, so a failure names its input.</summary>
    private static List<string> ThrowingInputs(Action<string> act)
    {
        var texts = JsonSerializer.Deserialize<string[]>(File.ReadAllText(BlnsPath())) ?? [];
        texts.Length.ShouldBeGreaterThan(400);
        var failures = new List<string>();
        foreach (var text in texts)
        {
            try
            {
                act(text);
            }
            catch (Exception ex)
            {
                failures.Add($"{JsonSerializer.Serialize(text)}: {ex.GetType().Name} {ex.Message}");
            }
        }

        return failures;
    }

    /// <summary>The Big List of Naughty Strings (MIT, see TestData/LICENSE-blns.txt), copied to the test output.</summary>
    private static string BlnsPath() => Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json");
}
