using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>Enum values as words a person reads.</summary>
internal static class Words
{
    public static string Of(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Of(FindingStatus status) => status switch
    {
        FindingStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Of(CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => "AWS",
        CloudProvider.Azure => "Azure",
        CloudProvider.Gcp => "Google Cloud",
        CloudProvider.Kubernetes => "Kubernetes",
        CloudProvider.Container => "container image",
        CloudProvider.Code => "code repository",
        _ => "unknown platform",
    };

    public static string Of(ResourceClass resourceClass) => resourceClass switch
    {
        ResourceClass.Vm => "virtual machine",
        ResourceClass.Container => "container",
        ResourceClass.Image => "container image",
        ResourceClass.K8sCluster => "Kubernetes cluster",
        ResourceClass.K8sWorkload => "Kubernetes workload",
        ResourceClass.Function => "serverless function",
        ResourceClass.Bucket => "storage bucket",
        ResourceClass.Database => "database",
        ResourceClass.Identity => "identity",
        ResourceClass.KeySecret => "key or secret store",
        ResourceClass.Network => "network rule",
        ResourceClass.Account => "cloud account",
        ResourceClass.LoadBalancer => "load balancer",
        ResourceClass.Logging => "logging configuration",
        ResourceClass.SourceFile => "source file",
        _ => "resource",
    };

    /// <summary>Where the resource lives, as a phrase: "in AWS account 1234", "in registry docker.io", "in cluster prod".</summary>
    public static string Where(CanonicalResource resource) => (resource.Provider, resource.Account) switch
    {
        (_, null or "") => $"({Of(resource.Provider)})",
        (CloudProvider.Container, var registry) => $"in registry {registry}",
        (CloudProvider.Code, var repository) => $"in repository {repository}",
        (CloudProvider.Kubernetes, var cluster) => $"in cluster {cluster}",
        (CloudProvider.Azure, var subscription) => $"in Azure subscription {subscription}",
        (CloudProvider.Gcp, var project) => $"in Google Cloud project {project}",
        (var provider, var account) => $"in {Of(provider)} account {account}",
    };

    /// <summary>The resource as a reader names it: its short name, else its id.</summary>
    public static string Name(CanonicalResource resource) => string.IsNullOrWhiteSpace(resource.Name) ? resource.Uid : resource.Name;
}
