using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.DecidePlan;
using CnappAi.Modules.Remediation.Endpoints;
using CnappAi.Modules.Remediation.ExecutePlan;
using CnappAi.Modules.Remediation.Executors;
using CnappAi.Modules.Remediation.Governance;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Remediation.RequestPlan;
using CnappAi.Modules.Remediation.Slack;
using CnappAi.Modules.Remediation.SyncStatus;
using CnappAi.Modules.Shared.Jobs;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Remediation;

public static class RemediationModule
{
    /// <summary>Registers remediation plans, governance, approvals, executors and their jobs (options section <c>Remediation</c>).</summary>
    public static IServiceCollection AddRemediation(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RemediationOptions>().Bind(configuration.GetSection(RemediationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRemediationHttp();
        services.TryAddSingleton<IRoleDirectory, ConfiguredRoleDirectory>();
        services.AddSingleton<ActionHttp>();
        services.AddSingleton<JiraExecutor>();
        services.AddSingleton<ServiceNowExecutor>();
        services.AddSingleton<IActionExecutor>(sp => sp.GetRequiredService<JiraExecutor>());
        services.AddSingleton<IActionExecutor>(sp => sp.GetRequiredService<ServiceNowExecutor>());
        services.AddSingleton<IActionExecutor, SlackExecutor>();
        services.AddSingleton<IActionExecutor, GitHubExecutor>();
        services.AddSingleton<IActionExecutor, CloudExecutor>();
        services.AddSingleton<IActionExecutor, SuppressExecutor>();
        services.AddSingleton<ITicketReader>(sp => sp.GetRequiredService<JiraExecutor>());
        services.AddSingleton<ITicketReader>(sp => sp.GetRequiredService<ServiceNowExecutor>());
        services.AddSingleton<PlanAudit>();
        services.AddSingleton<PlanViews>();
        services.AddSingleton<ActionRenderer>();
        services.AddSingleton<GovernancePolicy>();
        services.AddSingleton<IValidator<GovernanceRule>, GovernanceRuleValidator>();
        services.AddSingleton<IValidator<PlanRequest>, PlanRequestValidator>();
        services.AddSingleton<SetGovernanceHandler>();
        services.AddSingleton<RequestPlanHandler>();
        services.AddSingleton<DecidePlanHandler>();
        services.AddSingleton<ApprovalCheck>();
        services.AddSingleton<ActionRunner>();
        services.AddSingleton<ExecutePlanHandler>();
        services.AddSingleton<DoneTicketStatus>();
        services.AddSingleton<SyncTicketStatusHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddTransient<ExecutePlanJob>();
        services.AddTransient<ExpirePlansJob>();
        services.AddTransient<SyncTicketStatusJob>();
        services.AddTransient<NotifyApproversJob>();
        services.AddSingleton<IRecurringJobSource, RemediationJobs>();
        services.AddSingleton<IRemediationFacade, RemediationFacade>();
        return services;
    }

    /// <summary>Maps <c>POST /api/slack/interactions</c> and the <c>/api/plans</c> JSON API.</summary>
    public static IEndpointRouteBuilder MapRemediationEndpoints(this IEndpointRouteBuilder endpoints) => RemediationEndpoints.Map(endpoints);
}
