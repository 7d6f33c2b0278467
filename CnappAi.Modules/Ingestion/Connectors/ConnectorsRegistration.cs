using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Jobs;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;
using CnappAi.Modules.Ingestion.Connectors.Vendors;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Webhooks;
using CnappAi.Modules.Shared.Jobs;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Ingestion.Connectors;

/// <summary>
/// Everything the connectors need. Data Protection keys are persisted in the data folder (not the user profile),
/// so the dashboard and the command line, which share that folder, decrypt the same stored secrets.
/// </summary>
internal static class ConnectorsRegistration
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        var paths = ConnectorPaths.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorsOptions>()
            .Bind(configuration.GetSection(ConnectorsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(paths);

        // The configuration is captured rather than resolved: hosts without one registered (tests) still read secrets.
        services.AddSingleton(sp => new ConnectorSecrets(sp.GetRequiredService<IDataProtectionProvider>(), configuration));
        services.AddSingleton<ConnectorStore>();
        services.AddSingleton<IValidator<ConnectorSettings>, ConnectorSettingsValidator>();
        services.AddConnectorHttp();
        services.AddSingleton<VendorCatalog>();
        services.AddSingleton<RawArchive>();
        services.AddSingleton<SyncRunLog>();
        services.AddSingleton<WatermarkStore>();
        services.AddSingleton<MissingFindings>();
        services.AddSingleton<QuerySync>();
        services.AddSingleton<SyncConnectorHandler>();
        services.AddSingleton<ConnectionTester>();
        services.AddSingleton<ConnectorSchedule>();
        services.AddSingleton<ConnectorOperations>();
        services.AddTransient<SyncConnectorJob>();
        services.AddSingleton<IRecurringJobSource, ConnectorJobSource>();

        services.AddSingleton<WebhookAuthenticator>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<WebhookProcessor>();
        services.AddTransient<ProcessWebhookJob>();
        return services;
    }
}
