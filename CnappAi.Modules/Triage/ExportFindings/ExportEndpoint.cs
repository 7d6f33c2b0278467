using System.Text;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CnappAi.Modules.Triage.ExportFindings;

/// <summary>
/// <c>GET /api/findings/export?format=csv&amp;...</c>: every finding matching the explorer's filters (a
/// <see cref="FindingQueryString"/>), streamed as CSV (formula injection neutralised), JSON lines or OCSF.
/// </summary>
internal static class ExportEndpoint
{
    public const string Route = "/api/findings/export";

    public static IEndpointRouteBuilder MapExportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext http, INormalizationFacade findings, IActorAccessor actors, TimeProvider clock) =>
        {
            if (!actors.Current.IsInRole(Roles.Viewer))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var format = Enum.TryParse<ExportFormat>(http.Request.Query["format"], ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : ExportFormat.Csv;
            var query = FindingQueryString.Parse(http.Request.QueryString.Value);
            var (type, extension) = format == ExportFormat.Csv ? ("text/csv", "csv") : ("application/x-ndjson", "jsonl");
            var name = $"findings-{clock.GetUtcNow():yyyyMMdd-HHmmss}{(format == ExportFormat.Ocsf ? ".ocsf" : string.Empty)}.{extension}";
            return Results.Stream(
                async body =>
                {
                    await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024);
                    await findings.WriteExportAsync(query, format, writer, http.RequestAborted).ConfigureAwait(false);
                },
                type,
                name);
        }).WithName("ExportFindings");
        return endpoints;
    }
}
