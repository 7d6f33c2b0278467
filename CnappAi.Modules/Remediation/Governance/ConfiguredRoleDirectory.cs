using CnappAi.Modules.Identity;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Governance;

/// <summary>
/// The default role directory: the user accounts of the identity module (a disabled account holds no role), then
/// <c>Remediation:UserRoles:&lt;user id&gt;</c>; null for users neither knows.
/// </summary>
internal sealed class ConfiguredRoleDirectory(IServiceProvider services, IActorAccessor actors, IOptions<RemediationOptions> options) : IRoleDirectory
{
    public async Task<IReadOnlySet<string>?> GetRolesAsync(string userId, CancellationToken ct)
    {
        if (options.Value.UserRoles.TryGetValue(userId, out var configured))
        {
            return new HashSet<string>(configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        }

        if (services.GetService<IIdentityFacade>() is not { } identity)
        {
            return null;
        }

        using (actors.Use(Actor.System))
        {
            var users = await identity.ListUsersAsync(ct).ConfigureAwait(false);
            var user = users.FirstOrDefault(u => u.Id == userId || string.Equals(u.UserName, userId, StringComparison.OrdinalIgnoreCase));
            return user is null ? null : new HashSet<string>(user.Enabled ? user.Roles : [], StringComparer.OrdinalIgnoreCase);
        }
    }
}
