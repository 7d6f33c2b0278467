namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>The kinds of resource a stack holds, named across clouds (an EC2 instance, an Azure VM and a GCE instance are all <see cref="Vm"/>).</summary>
internal enum AssetKind
{
    Vm,
    Firewall,
    Cluster,
    Workload,
    Image,
    Bucket,
    Database,
    Identity,
    Function,
}
