using CnappAi.Modules.AttackPaths.BuildGraph;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.AttackPaths.Jobs;
using CnappAi.Modules.AttackPaths.QueryPaths;
using CnappAi.Modules.AttackPaths.StorePaths;
using CnappAi.Modules.Shared.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.AttackPaths;

public static class AttackPathsModule
{
    /// <summary>Registers attack-path analysis (options section <c>AttackPaths</c>), its stored results and the rebuild job.</summary>
    public static IServiceCollection AddAttackPaths(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AttackPathsOptions>().Bind(configuration.GetSection(AttackPathsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphCache>();
        services.AddSingleton<LoadGraphInputHandler>();
        services.AddSingleton<StorePathsHandler>();
        services.AddSingleton<StoredPathsReader>();
        services.AddSingleton<RebuildHandler>();
        services.AddSingleton<TopPathsHandler>();
        services.AddTransient<RebuildAttackPathsJob>();
        services.AddSingleton<IRecurringJobSource, AttackPathsJobs>();
        services.AddSingleton<IAttackPathsFacade, AttackPathsFacade>();
        return services;
    }
}
