using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Risk;

public static class RiskModule
{
    public static IServiceCollection AddRisk(this IServiceCollection services) =>
        services.AddSingleton<IRiskFacade, RiskFacade>();
}
