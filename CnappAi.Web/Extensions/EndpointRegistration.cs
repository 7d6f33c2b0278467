using CnappAi.Modules.Briefings;
using CnappAi.Modules.Compliance;
using CnappAi.Modules.IacGate;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Triage;

namespace CnappAi.Web.Extensions;

/// <summary>HTTP endpoints of the modules (webhooks, APIs), mapped beside the dashboard; one line per module.</summary>
internal static class EndpointRegistration
{
    public static IEndpointRouteBuilder MapCnappAiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIngestionEndpoints();
        endpoints.MapIacGateEndpoints();
        endpoints.MapRemediationEndpoints();
        endpoints.MapComplianceEndpoints();
        endpoints.MapBriefingsEndpoints();
        endpoints.MapTriageEndpoints();
        return endpoints;
    }
}
