using CnappAi.Modules.Identity;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Cookie sign-in for the dashboard (optionally OpenID Connect), one authorization policy per role with the role
/// hierarchy of <see cref="Actor.IsInRole"/>, and API-friendly challenges: <c>/api/*</c> answers 401/403, never a redirect.
/// </summary>
internal static class AuthenticationSetup
{
    /// <summary>
    /// Signed in, whatever the roles: the change-password page and sign-out. The default policy (every page) is the
    /// viewer role, or a pending password change, whose holder the password gate keeps on the change-password page.
    /// </summary>
    public const string SignedIn = "signed-in";

    public static IServiceCollection AddCnappAiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.AccessDeniedPath = "/access-denied";
            cookie.Cookie.Name = "cnappai.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(Math.Max(1, configuration.GetValue("Identity:SessionHours", 8)));
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        authentication.AddCnappAiOpenIdConnect(configuration);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ActorClaims.MustChange(context.User) || ActorClaims.ActorOf(context.User).IsInRole(Roles.Viewer))
                .Build())
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Roles.Viewer, RolePolicy(Roles.Viewer))
            .AddPolicy(Roles.Analyst, RolePolicy(Roles.Analyst))
            .AddPolicy(Roles.Approver, RolePolicy(Roles.Approver))
            .AddPolicy(Roles.Admin, RolePolicy(Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddIdentitySessionRevalidation();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cnappai.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    private static Microsoft.AspNetCore.Authorization.AuthorizationPolicy RolePolicy(string role) =>
        new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => ActorClaims.ActorOf(context.User).IsInRole(role))
            .Build();

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
