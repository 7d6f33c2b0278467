using CnappAi.Modules.Normalization.ClusterMembers;
using CnappAi.Modules.Normalization.QueryFindings;
using CnappAi.Modules.Normalization.ResolveMissing;
using CnappAi.Modules.Normalization.SetStatus;
using CnappAi.Modules.Normalization.StoreFindings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Normalization;

public static class NormalizationModule
{
    public static IServiceCollection AddNormalization(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreFindingsHandler>();
        services.AddSingleton<QueryFindingsHandler>();
        services.AddSingleton<ResolveMissingHandler>();
        services.AddSingleton<SetFindingStatusHandler>();
        services.AddSingleton<StreamMembersHandler>();
        services.AddSingleton<UpdateMembersHandler>();
        services.AddSingleton<INormalizationFacade, NormalizationFacade>();
        return services;
    }
}
