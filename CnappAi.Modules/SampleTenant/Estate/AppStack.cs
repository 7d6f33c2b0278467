namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// One deployment of an application in one account and region: its firewall, identities, machines, cluster with
/// workloads and images, data stores and functions, and the edges between them. Tenants are built stack by stack
/// so that memory holds one stack at a time whatever the asset count.
/// </summary>
internal sealed record AppStack(int Index, Application App, CloudAccount Account, Region Region, IReadOnlyList<Asset> Assets, IReadOnlyList<Edge> Edges);
