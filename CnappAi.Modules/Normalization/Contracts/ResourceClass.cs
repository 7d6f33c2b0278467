namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>A cross-cloud class of resource, so that an EC2 instance, an Azure VM and a GCE instance filter alike.</summary>
public enum ResourceClass
{
    Other = 0,
    Vm = 1,
    Container = 2,
    Image = 3,
    K8sCluster = 4,
    K8sWorkload = 5,
    Function = 6,
    Bucket = 7,
    Database = 8,
    Identity = 9,
    KeySecret = 10,
    Network = 11,
    Account = 12,
    LoadBalancer = 13,
    Logging = 14,
    SourceFile = 15,
}
