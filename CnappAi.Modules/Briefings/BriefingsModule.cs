using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Delivery;
using CnappAi.Modules.Briefings.GenerateBriefing;
using CnappAi.Modules.Briefings.Jobs;
using CnappAi.Modules.Briefings.ReadBriefings;
using CnappAi.Modules.Shared.Jobs;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Briefings;

public static class BriefingsModule
{
    /// <summary>Registers executive briefings (options section <c>Briefings</c>), their schedules, exports and Slack delivery.</summary>
    public static IServiceCollection AddBriefings(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BriefingsOptions>()
            .Bind(configuration.GetSection(BriefingsOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.OutputDirectory))
                {
                    o.OutputDirectory = Path.Combine(DataFolder.Resolve(configuration), "briefings");
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(SlackNotifier.ClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<AttackPathSource>();
        services.AddSingleton<ContentBuilder>();
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<SlackNotifier>();
        services.AddSingleton<GenerateBriefingHandler>();
        services.AddSingleton<BriefingReader>();
        services.AddTransient<GenerateBriefingJob>();
        services.AddSingleton<IRecurringJobSource, BriefingJobs>();
        services.AddSingleton<IBriefingsFacade, BriefingsFacade>();
        return services;
    }

    /// <summary>Maps <c>GET /api/briefings/{id}.{html|md|pdf|json}</c> (viewer role).</summary>
    public static IEndpointRouteBuilder MapBriefingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/briefings/{id:guid}.{format}", DownloadAsync).WithName("BriefingDownload");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, string format, IBriefingsFacade briefings, CancellationToken ct)
    {
        BriefingFormat? kind = format.ToLowerInvariant() switch
        {
            "html" => BriefingFormat.Html,
            "md" => BriefingFormat.Markdown,
            "pdf" => BriefingFormat.Pdf,
            "json" => BriefingFormat.Json,
            _ => null,
        };
        if (kind is null)
        {
            return Results.NotFound();
        }

        try
        {
            var file = await briefings.GetFileAsync(id, kind.Value, ct).ConfigureAwait(false);
            return file is null
                ? Results.NotFound()
                : Results.File(file.Path, file.ContentType, kind == BriefingFormat.Html ? null : file.FileName);
        }
        catch (AccessDeniedException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
