using CnappAi.Modules.Compliance.AskCompliance;
using CnappAi.Modules.Compliance.Catalogue;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Compliance;

public static class ComplianceModule
{
    /// <summary>Registers the framework catalogues (shipped data files), posture evaluation and evidence export.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ComplianceCatalogue>();
        services.AddSingleton<EvaluateControls.EvaluatePostureHandler>();
        services.AddSingleton<AskComplianceHandler>();
        services.AddSingleton<IComplianceFacade, ComplianceFacade>();
        return services;
    }

    /// <summary>Maps <c>GET /api/compliance/{framework}/evidence.{csv|json|html}</c> (viewer role).</summary>
    public static IEndpointRouteBuilder MapComplianceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/compliance/{framework}/evidence.{format}", EvidenceAsync).WithName("ComplianceEvidence");
        return endpoints;
    }

    private static async Task EvidenceAsync(string framework, string format, HttpContext http, IComplianceFacade compliance)
    {
        EvidenceFormat? parsed = format.ToLowerInvariant() switch
        {
            "csv" => EvidenceFormat.Csv,
            "json" => EvidenceFormat.Json,
            "html" => EvidenceFormat.Html,
            _ => null,
        };
        try
        {
            await WriteAsync(framework, parsed, http, compliance).ConfigureAwait(false);
        }
        catch (AccessDeniedException)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }

    private static async Task WriteAsync(string framework, EvidenceFormat? parsed, HttpContext http, IComplianceFacade compliance)
    {
        if (parsed is not { } kind || compliance.GetFrameworks().All(f => f.Id != framework))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = kind switch
        {
            EvidenceFormat.Csv => "text/csv; charset=utf-8",
            EvidenceFormat.Json => "application/json; charset=utf-8",
            _ => "text/html; charset=utf-8",
        };
        if (kind != EvidenceFormat.Html)
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{framework}-evidence.{kind.ToString().ToLowerInvariant()}\"";
        }

        // Built in memory first: the CSV writer writes synchronously, which Kestrel refuses on the response stream.
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await compliance.WriteEvidenceAsync(framework, kind, buffer, http.RequestAborted).ConfigureAwait(false);
        await http.Response.WriteAsync(buffer.ToString(), http.RequestAborted).ConfigureAwait(false);
    }
}
