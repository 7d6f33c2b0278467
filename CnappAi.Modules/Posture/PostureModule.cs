using CnappAi.Modules.Posture.CaptureSnapshot;
using CnappAi.Modules.Posture.Jobs;
using CnappAi.Modules.Posture.ReadHistory;
using CnappAi.Modules.Shared.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Posture;

public static class PostureModule
{
    /// <summary>Registers daily posture snapshots (options section <c>Posture</c>) and their recurring job.</summary>
    public static IServiceCollection AddPosture(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PostureOptions>().Bind(configuration.GetSection(PostureOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaptureSnapshotHandler>();
        services.AddSingleton<HistoryReader>();
        services.AddTransient<CaptureSnapshotJob>();
        services.AddSingleton<IRecurringJobSource, PostureJobs>();
        services.AddSingleton<IPostureFacade, PostureFacade>();
        return services;
    }
}
