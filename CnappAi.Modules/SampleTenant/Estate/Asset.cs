namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// One resource of the estate. <see cref="ProviderId"/> is the id as its cloud issues it (ARN, Azure resource id in
/// its original casing, GCP full resource name, Wiz's Kubernetes path, image reference); <see cref="Uid"/> is the
/// canonical uid <c>ResourceIds</c> turns it into, which the manifest records. Kind-specific details are optional.
/// </summary>
internal sealed record Asset
{
    public required int Index { get; init; }
    public required AssetKind Kind { get; init; }
    public required CloudAccount Account { get; init; }
    public required Region Region { get; init; }
    public required Application App { get; init; }
    public required string Name { get; init; }
    public required string NativeId { get; init; }
    public required string ProviderId { get; init; }
    public required string Uid { get; init; }
    public required string WizId { get; init; }
    public required string NativeType { get; init; }
    public string? Zone { get; init; }
    public string? ResourceGroup { get; init; }
    public bool InternetFacing { get; init; }
    public string? DataClassification { get; init; }

    /// <summary>Operating system (VMs), base image distribution (images) or runtime (functions).</summary>
    public string? Platform { get; init; }
    public string? PrivateIp { get; init; }
    public string? PublicIp { get; init; }

    /// <summary>Clusters: Wiz's key for the cluster, which its Kubernetes ids carry.</summary>
    public string? ClusterKey { get; init; }
    public Asset? Cluster { get; init; }
    public string? Namespace { get; init; }

    /// <summary>Images: registry host, repository, tag and content digest; workloads: the image they run.</summary>
    public string? Registry { get; init; }
    public string? Repository { get; init; }
    public string? Tag { get; init; }
    public string? Digest { get; init; }
    public Asset? Image { get; init; }

    /// <summary>A second vendor-facing id: an IAM role's AROA id, a managed identity's principal id, a GCE numeric id.</summary>
    public string? AltId { get; init; }

    public Cloud Cloud => Account.Cloud;

    public Stage Stage => Account.Stage;

    public bool IsCrownJewel { get; init; }

    /// <summary>The data the asset holds: its own label for data stores, else its application's.</summary>
    public string Classification => DataClassification ?? App.DataClassification;

    /// <summary>Lacework's machine id for a host with its agent.</summary>
    public long LaceworkMid => 10_000 + Index;
}
