using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.ReadFiles;
using CnappAi.Modules.Normalization.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Ingestion;

public static class IngestionModule
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new FormatDetector(ParserCatalog.All));
        services.AddSingleton<IValidator<NormalizedObservation>, ObservationValidator>();
        services.AddSingleton<ImportRunLog>();
        services.AddSingleton<ImportFilesHandler>();
        services.AddSingleton<ReadFileHandler>();
        services.AddSingleton<IIngestionFacade, IngestionFacade>();
        return services;
    }

    /// <summary>
    /// Live connectors (Wiz, Prisma Cloud, Orca, Lacework), their schedules and webhooks: typed HTTP clients with
    /// retries and token handling, connector settings with secrets under Data Protection, sync runs and jobs.
    /// </summary>
    public static IServiceCollection AddIngestionConnectors(this IServiceCollection services, IConfiguration configuration) =>
        ConnectorsRegistration.Add(services, configuration);

    /// <summary>Maps <c>POST /api/webhooks/{source}</c>, where vendors deliver alerts in real time.</summary>
    public static IEndpointRouteBuilder MapIngestionEndpoints(this IEndpointRouteBuilder endpoints) =>
        Webhooks.WebhookEndpoints.MapWebhookEndpoints(endpoints);
}
