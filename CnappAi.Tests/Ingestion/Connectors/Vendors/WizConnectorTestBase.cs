using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>A loopback Wiz and a test host per test, with helpers to seed issues and add the connector.</summary>
public abstract class WizConnectorTestBase : IAsyncLifetime
{
    protected WizServer Wiz { get; private set; } = null!;

    protected ConnectorTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Wiz = await WizServer.StartAsync();
        Host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Wiz.DisposeAsync();
    }

    protected void AddIssues(int count) =>
        Wiz.Issues.AddRange(Enumerable.Range(1, count).Select(i => VendorRecords.WizIssue($"issue-{i}", VendorRecords.Epoch.AddMinutes(i))));

    protected ConnectorOptions Options(int pageSize = 4, int? maxPages = null, int? overlapMinutes = null) => new()
    {
        AuthUrl = Wiz.TokenUrl.ToString(),
        Queries = ["issues"],
        PageSize = pageSize,
        MaxPages = maxPages,
        OverlapMinutes = overlapMinutes,
        RequestsPerSecond = 500,
        MaxConcurrentRequests = 4,
    };

    protected Task<ConnectorView> AddConnectorAsync(int pageSize, int? maxPages = null, int? overlapMinutes = null) =>
        Host.AddConnectorAsync("wiz", ConnectorVendor.Wiz, Wiz.GraphQl, WizServer.ClientId, WizServer.ClientSecret, Options(pageSize, maxPages, overlapMinutes));
}
