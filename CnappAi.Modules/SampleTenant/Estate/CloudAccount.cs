namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// An AWS account, Azure subscription or GCP project. <see cref="Id"/> is what the cloud calls it (12 digits, a
/// subscription GUID, a project id); GCP projects also have a <see cref="ProjectNumber"/>, which SCC prefers.
/// <see cref="WizSubscriptionId"/> and <see cref="OrcaAccountId"/> are those tools' own keys for the account.
/// </summary>
internal sealed record CloudAccount(
    Cloud Cloud,
    string Id,
    string Name,
    Stage Stage,
    string Team,
    Region HomeRegion,
    string? ProjectNumber,
    string WizSubscriptionId,
    string OrcaAccountId)
{
    public string StageName => Stage.ToString().ToLowerInvariant();

    /// <summary>How Orca labels the account: <c>prod (111122223333)</c>.</summary>
    public string OrcaName => $"{Name} ({Id})";
}
