namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Where a resource lives. <see cref="Kubernetes"/>, <see cref="Container"/> and <see cref="Code"/> cover resources outside a cloud's own id space.</summary>
public enum CloudProvider
{
    Unknown = 0,
    Aws = 1,
    Azure = 2,
    Gcp = 3,
    Kubernetes = 4,
    Container = 5,
    Code = 6,
}
