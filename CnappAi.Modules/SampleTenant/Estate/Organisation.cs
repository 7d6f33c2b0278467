namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// The sample company: its accounts per cloud and the tenant-level ids of the tools that watch it. The
/// first account of each cloud hosts the headline attack path. Small (it grows with the square root of the
/// asset count), so it is held in memory while assets are streamed.
/// </summary>
internal sealed record Organisation(
    IReadOnlyList<CloudAccount> Aws,
    IReadOnlyList<CloudAccount> Azure,
    IReadOnlyList<CloudAccount> Gcp,
    string AzureTenantId,
    string GcpOrganizationId,
    string WizTenantId)
{
    public const string Name = "Acme Corp";

    public const string Slug = "acme";

    public IEnumerable<CloudAccount> Accounts => Aws.Concat(Azure).Concat(Gcp);

    public IReadOnlyList<CloudAccount> Of(Cloud cloud) => cloud switch
    {
        Cloud.Aws => Aws,
        Cloud.Azure => Azure,
        _ => Gcp,
    };

    /// <summary>SCC source ids: Security Health Analytics, Event Threat Detection and the vulnerability source.</summary>
    public string SccSource(string kind) =>
        (1_000_000_000_000_000_000 + Determinism.StableIds.Number($"scc-source:{GcpOrganizationId}:{kind}", 8_000_000_000_000_000_000))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
}
