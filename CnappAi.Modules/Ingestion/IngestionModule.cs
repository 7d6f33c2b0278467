using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.ReadFiles;
using CnappAi.Modules.Normalization.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
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
}
