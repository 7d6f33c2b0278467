namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>The type of a security-graph edge (source → target is the direction an attacker moves).</summary>
public enum EdgeKind : byte
{
    /// <summary>The internet, a load balancer or a security group reaches the target.</summary>
    Exposes = 0,

    /// <summary>A workload runs on an image or host; findings of the image count for the workload. Not traversed.</summary>
    RunsOn = 1,

    /// <summary>A cluster contains a workload, a network a machine.</summary>
    Contains = 2,

    /// <summary>The source runs as, assumes or belongs to the target identity.</summary>
    CanAssume = 3,

    /// <summary>The source identity can read or write the target data store.</summary>
    HasAccessTo = 4,

    /// <summary>The source identity can impersonate the target across a trust (OIDC, workload identity federation).</summary>
    FederatesTo = 5,

    /// <summary>Credentials of the target identity are present on the source (secret, env var, file, image layer).</summary>
    HoldsCredentialsFor = 6,

    /// <summary>Network reachability from the source to the target.</summary>
    Reaches = 7,
}
