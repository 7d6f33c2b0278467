using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Ingestion.Connectors.Settings;

/// <summary>Connector settings: validation, secrets encrypted at rest and write-only, environment variables winning.</summary>
public sealed class ConnectorSettingsTests : IAsyncLifetime
{
    private const string Secret = "client-S3cret-a1b2c3d4";
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["CNAPPAI_CONNECTOR:FROM_ENV:CLIENTSECRET"] = "env-secret-value" });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Save_StoresTheSecretOnlyEncryptedAndNeverReturnsIt()
    {
        var view = await SaveAsync("wiz-prod", Secret);

        view.ClientSecret.ShouldBe(SecretSource.Stored);
        var row = await RowAsync("wiz-prod");
        row.ClientSecretProtected.ShouldNotBeNull().ShouldNotContain(Secret);
        Directory.EnumerateFiles(Path.Combine(_host.Directory, "keys"), "key-*.xml").ShouldNotBeEmpty("Data Protection keys live in the data folder");
        System.Text.Json.JsonSerializer.Serialize(view).ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Save_WithoutASecret_KeepsTheStoredOne_AndAnEmptyOneRemovesIt()
    {
        await SaveAsync("wiz-prod", Secret);
        var stored = (await RowAsync("wiz-prod")).ClientSecretProtected;

        var kept = await SaveAsync("wiz-prod", null);
        (await RowAsync("wiz-prod")).ClientSecretProtected.ShouldBe(stored);
        kept.ClientSecret.ShouldBe(SecretSource.Stored);

        var removed = await SaveAsync("wiz-prod", string.Empty);
        removed.ClientSecret.ShouldBe(SecretSource.Missing);
    }

    [Fact]
    public async Task EnvironmentVariable_WinsOverTheStoredSecret()
    {
        var view = await SaveAsync("from-env", Secret);

        view.ClientSecret.ShouldBe(SecretSource.Environment);
    }

    [Theory]
    [InlineData("Bad Name", "*/5 * * * *", "http://127.0.0.1/graphql", "name must be")]
    [InlineData("ok", "every minute", "http://127.0.0.1/graphql", "cron expression")]
    [InlineData("ok", "*/5 * * * *", "ftp://example/graphql", "absolute http(s) URL")]
    public async Task Save_InvalidSettings_AreRejectedWithAReadableMessage(string name, string cron, string url, string message)
    {
        var settings = new ConnectorSettings { Name = name, Vendor = ConnectorVendor.Wiz, BaseUrl = url, ClientId = "id", Cron = cron };

        var error = await Should.ThrowAsync<ValidationException>(() => _host.Ingestion.SaveConnectorAsync(settings, CancellationToken.None));

        error.Errors.ShouldContain(e => e.ErrorMessage.Contains(message, StringComparison.Ordinal));
        (await _host.Ingestion.GetConnectorsAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Save_WizWithoutClientId_IsRejectedButOrcaNeedsNone()
    {
        var wiz = new ConnectorSettings { Name = "w", Vendor = ConnectorVendor.Wiz, BaseUrl = "http://127.0.0.1/graphql" };
        var orca = new ConnectorSettings { Name = "o", Vendor = ConnectorVendor.Orca, BaseUrl = "http://127.0.0.1/", ClientSecret = "token" };

        await Should.ThrowAsync<ValidationException>(() => _host.Ingestion.SaveConnectorAsync(wiz, CancellationToken.None));
        (await _host.Ingestion.SaveConnectorAsync(orca, CancellationToken.None)).Name.ShouldBe("o");
    }

    private Task<ConnectorView> SaveAsync(string name, string? secret) =>
        _host.Ingestion.SaveConnectorAsync(
            new ConnectorSettings { Name = name, Vendor = ConnectorVendor.Wiz, BaseUrl = "http://127.0.0.1:9/graphql", ClientId = "id", ClientSecret = secret },
            CancellationToken.None);

    private async Task<ConnectorRecord> RowAsync(string name)
    {
        await using var db = await _host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return await db.Set<ConnectorRecord>().AsNoTracking().SingleAsync(c => c.Name == name);
    }
}
