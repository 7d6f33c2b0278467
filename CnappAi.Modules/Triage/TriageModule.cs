using CnappAi.Modules.Triage.AssignFindings;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Modules.Triage.ExportFindings;
using CnappAi.Modules.Triage.SavedViews;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Triage;

public static class TriageModule
{
    /// <summary>Saved explorer views and finding assignment.</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<SaveViewRequest>, SaveViewValidator>();
        services.AddSingleton<IValidator<AssignRequest>, AssignValidator>();
        services.AddSingleton<SavedViewsHandler>();
        services.AddSingleton<AssignHandler>();
        services.AddSingleton<ITriageFacade, TriageFacade>();
        return services;
    }

    /// <summary>Maps <c>GET /api/findings/export</c>, the explorer's download.</summary>
    public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapExportEndpoint();
}
