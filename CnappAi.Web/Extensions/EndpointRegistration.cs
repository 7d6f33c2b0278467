using CnappAi.Modules.IacGate;
using CnappAi.Modules.Ingestion;

namespace CnappAi.Web.Extensions;

/// <summary>HTTP endpoints of the modules (webhooks, APIs), mapped beside the dashboard; one line per module.</summary>
internal static class EndpointRegistration
{
    public static IEndpointRouteBuilder MapCnappAiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIngestionEndpoints();
        endpoints.MapIacGateEndpoints();
        return endpoints;
    }
}
