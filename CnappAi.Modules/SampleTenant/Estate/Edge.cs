namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>A relationship for the attack-path graph, between canonical uids (or <see cref="Relationships.Internet"/>).</summary>
internal sealed record Edge(string Source, string Target, string Relationship, string? Detail = null);
