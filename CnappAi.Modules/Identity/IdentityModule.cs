using CnappAi.Modules.Identity.Accounts;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Identity.FirstAdmin;
using CnappAi.Modules.Identity.Sessions;
using CnappAi.Modules.Identity.SignIn;
using CnappAi.Modules.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Identity;

public static class IdentityModule
{
    /// <summary>
    /// Registers ASP.NET Core Identity over the shared database (options section <c>Identity</c>): password rules,
    /// lockout, disabled accounts, the four roles and the first-admin bootstrap. The host adds the cookie schemes.
    /// </summary>
    public static IServiceCollection AddIdentityAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CnappAiIdentityOptions.SectionName);
        var settings = section.Get<CnappAiIdentityOptions>() ?? new CnappAiIdentityOptions();
        services.AddOptions<CnappAiIdentityOptions>().Bind(section);
        services.AddHttpContextAccessor();
        services.AddIdentityCore<CnappAiUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = true; // "confirmed" = not disabled (EnabledAccountConfirmation)
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = Math.Max(1, settings.MaxFailedSignIns);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Math.Max(1, settings.LockoutMinutes));
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CnappAiDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(Math.Max(0, settings.RevalidateAfterSeconds)));
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<CnappAiUser>, EnabledAccountConfirmation>());
        services.AddSingleton<IdentityAudit>();
        services.AddSingleton(new InitialPasswordFile(Path.Combine(DataFolder.Resolve(configuration), InitialPasswordFile.FileName), settings.FirstAdmin.UserName));
        services.AddSingleton<IValidator<CreateUserRequest>, CreateUserValidator>();
        services.AddSingleton<AccountsHandler>();
        services.AddSingleton<SignInHandler>();
        services.AddSingleton<FirstAdminBootstrapper>();
        services.AddSingleton<IIdentityFacade, IdentityFacade>();
        return services;
    }

    /// <summary>For the dashboard: circuits re-check their user's account and security stamp at the configured interval.</summary>
    public static IServiceCollection AddIdentitySessionRevalidation(this IServiceCollection services)
    {
        services.AddScoped<AuthenticationStateProvider, SessionRevalidator>();
        return services;
    }
}
