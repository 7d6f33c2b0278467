using CnappAi.Modules.Ai;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.IacGate;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Risk;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.Shared.Persistence;

namespace CnappAi.Web.Extensions;

/// <summary>The modules in pipeline order; shared by the dashboard host and the command line.</summary>
internal static class ModuleRegistration
{
    public static IServiceCollection AddCnappAiModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddCnappAiPersistence(configuration)
            .AddIngestion()
            .AddIngestionConnectors(configuration)
            .AddNormalization()
            .AddAssets(configuration)
            .AddCorrelation(configuration)
            .AddRisk(configuration)
            .AddAi(configuration)
            .AddIacGate(configuration)
            .AddSampleTenant();
}
