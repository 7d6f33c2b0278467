using CnappAi.Modules.Shared.Security;
using Hangfire;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CnappAi.Web.Extensions;

/// <summary>Sign-in, authorization, the actor of each request, circuit and job, security headers and the admin-only job dashboard.</summary>
internal static class WebSecuritySetup
{
    public static IServiceCollection AddCnappAiWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCnappAiAuthentication(configuration);
        services.AddScoped<CircuitHandler, ActorCircuitHandler>();
        services.AddSingleton<JobActorFilter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<AccessDeniedHandler>();
        services.AddHostedService<FirstAdminService>();
        return services;
    }

    /// <summary>Between routing and the endpoints: headers, authentication, the actor, the password gate, authorization, antiforgery.</summary>
    public static WebApplication UseCnappAiWebSecurity(this WebApplication app)
    {
        GlobalJobFilters.Filters.Add(app.Services.GetRequiredService<JobActorFilter>());
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapCnappAiSecurityEndpoints(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [new AdminDashboardAuthorization()], AppPath = "/" });
        return app;
    }

    /// <summary>Verbs run as the person at the shell, who owns the database file they point at.</summary>
    public static IServiceCollection UseLocalOperator(this IServiceCollection services) =>
        services.UseDefaultActor(Actor.LocalOperator(Environment.UserName));
}
