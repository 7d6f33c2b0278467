using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.WriteTenant;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.SampleTenant;

public static class SampleTenantModule
{
    /// <summary>Registers the sample tenant generator. It needs no database: it only writes files.</summary>
    public static IServiceCollection AddSampleTenant(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<SampleRequest>, SampleRequestValidator>();
        services.AddSingleton<WriteTenantHandler>();
        services.AddSingleton<ISampleTenantFacade, SampleTenantFacade>();
        return services;
    }
}
