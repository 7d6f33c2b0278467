using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.ExplainMerges;
using CnappAi.Modules.Correlation.ManageMappings;
using CnappAi.Modules.Correlation.Refresh;
using CnappAi.Modules.Correlation.SplitClusters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Correlation;

public static class CorrelationModule
{
    /// <summary>Registers correlation (options section <c>Correlation</c>).</summary>
    public static IServiceCollection AddCorrelation(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CorrelationOptions>().Bind(configuration.GetSection(CorrelationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CorrelationState>();
        services.AddSingleton<ObservedRules>();
        services.AddSingleton<ControlLookup>();
        services.AddSingleton<ClusterAssigner>();
        services.AddSingleton<LoadSnapshotHandler>();
        services.AddSingleton<FlushObservedRulesHandler>();
        services.AddSingleton<RecorrelateHandler>();
        services.AddSingleton<MappingsHandler>();
        services.AddSingleton<SplitClusterHandler>();
        services.AddSingleton<ExplainMergeHandler>();
        services.AddSingleton<ICorrelationFacade, CorrelationFacade>();
        return services;
    }
}
