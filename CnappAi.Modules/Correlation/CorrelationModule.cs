using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Correlation;

public static class CorrelationModule
{
    public static IServiceCollection AddCorrelation(this IServiceCollection services) =>
        services.AddSingleton<ICorrelationFacade, CorrelationFacade>();
}
