using System.Security.Claims;
using CnappAi.Modules.Identity.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Identity.Sessions;

/// <summary>
/// Checks an open dashboard circuit's user again at the configured interval: a deleted or disabled account, or one whose
/// security stamp changed (roles, password, disable), ends the circuit's authentication so the next navigation signs in.
/// </summary>
internal sealed class SessionRevalidator(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<CnappAiIdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RevalidateAfterSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await IsCurrentAsync(scope.ServiceProvider, authenticationState.User).ConfigureAwait(false);
    }

    public static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        if (principal.Identity?.AuthenticationType != IdentityConstants.ApplicationScheme)
        {
            return principal.Identity?.IsAuthenticated == true;
        }

        var users = services.GetRequiredService<UserManager<CnappAiUser>>();
        if (await users.GetUserAsync(principal).ConfigureAwait(false) is not { Disabled: false } user)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user).ConfigureAwait(false);
    }
}
