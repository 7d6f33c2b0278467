using CnappAi.Modules.IacGate.Endpoints;
using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.IacGate.FalsePositives;
using CnappAi.Modules.IacGate.Guidance;
using CnappAi.Modules.IacGate.History;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.IacGate;

public static class IacGateModule
{
    /// <summary>Registers the IaC gate; it reads scans through the ingestion facade and scores through the risk facade.</summary>
    public static IServiceCollection AddIacGate(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IacGateOptions>()
            .Bind(configuration.GetSection(IacGateOptions.SectionName))
            .PostConfigure(o =>
            {
                // CNAPPAI_GATE__TOKEN is the documented variable; it wins over Gate:Token from any other source.
                if (configuration[IacGateOptions.TokenEnvironmentKey] is { Length: > 0 } token)
                {
                    o.Token = token;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidator<ExceptionsDocument>, ExceptionsDocumentValidator>();
        services.AddSingleton<GuidanceCatalog>();
        services.AddSingleton<IIssueExplainer, CatalogueExplainer>();
        services.AddSingleton(sp => new FalsePositiveDetector(sp.GetRequiredService<IOptions<IacGateOptions>>().Value.DevWorkspaces));
        services.AddSingleton<PriorityPolicy>();
        services.AddSingleton<IssueTriage>();
        services.AddSingleton<ScanReader>();
        services.AddSingleton<ExceptionsLoader>();
        services.AddSingleton<ScanHistory>();
        services.AddSingleton<EvaluateScanHandler>();
        services.AddSingleton<IIacGateFacade, IacGateFacade>();
        return services;
    }

    /// <summary>Maps <c>POST /api/iac/scan</c>: bearer-token protected, size-limited, answers JSON or Markdown.</summary>
    public static IEndpointRouteBuilder MapIacGateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/iac/scan", ScanEndpoint.HandleAsync)
            .WithName("IacGateScan")
            .DisableAntiforgery()

            // CI pipelines have no dashboard session: the bearer token checked in the handler is this endpoint's authentication.
            .AllowAnonymous();
        return endpoints;
    }
}
