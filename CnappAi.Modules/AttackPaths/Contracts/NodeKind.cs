namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>What a security-graph node stands for.</summary>
public enum NodeKind : byte
{
    Asset = 0,
    Identity = 1,

    /// <summary>Internet-facing plumbing: load balancers, networks, security groups.</summary>
    NetworkExposure = 2,

    /// <summary>Buckets and databases; their data sensitivity decides their value as a target.</summary>
    DataStore = 3,

    /// <summary>The one pseudo-node every exposure starts from.</summary>
    Internet = 4,
}
