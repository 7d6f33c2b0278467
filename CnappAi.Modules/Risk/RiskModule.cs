using CnappAi.Modules.Risk.AttackPaths;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Exceptions;
using CnappAi.Modules.Risk.Jobs;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Risk.ThreatIntel;
using CnappAi.Modules.Shared.Jobs;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Risk;

public static class RiskModule
{
    /// <summary>Registers risk scoring (options section <c>Risk</c>), its exceptions, threat-intel feeds and recurring jobs.</summary>
    public static IServiceCollection AddRisk(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RiskOptions>().Bind(configuration.GetSection(RiskOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(RefreshThreatIntelHandler.ClientName);
        services.AddSingleton<ThreatIntelStore>();
        services.AddSingleton<RefreshThreatIntelHandler>();
        services.AddSingleton<SsvcAssessor>();
        services.AddSingleton<RiskModel>();
        services.AddSingleton<ClusterScorer>();
        services.AddSingleton<ScoringState>();
        services.AddSingleton<Watermarks>();
        services.AddSingleton<ScoreClustersHandler>();
        services.AddSingleton<ExpireExceptionsHandler>();
        services.AddSingleton<ScoreAfterImportHandler>();
        services.AddSingleton<BreakdownHandler>();
        services.AddSingleton<IValidator<CreateExceptionRequest>, CreateExceptionValidator>();
        services.AddSingleton<ManageExceptionsHandler>();
        services.AddSingleton<ExceptionViews>();
        services.AddSingleton<SetPathMembershipHandler>();
        services.AddTransient<RefreshThreatIntelJob>();
        services.AddTransient<RescoreChangesJob>();
        services.AddSingleton<IRecurringJobSource, RiskJobs>();
        services.AddSingleton<IRiskFacade, RiskFacade>();
        return services;
    }
}
