using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
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

        var user = await FindAsync(userId, ct).ConfigureAwait(false);
        return user is null ? null : new HashSet<string>(user.Enabled ? user.Roles : [], StringComparer.OrdinalIgnoreCase);
    }

    public async Task<string?> GetUserIdAsync(string userIdOrName, CancellationToken ct) =>
        options.Value.UserRoles.ContainsKey(userIdOrName) ? userIdOrName : (await FindAsync(userIdOrName, ct).ConfigureAwait(false))?.Id;

    private async Task<UserView?> FindAsync(string userIdOrName, CancellationToken ct)
    {
        if (services.GetService<IIdentityFacade>() is not { } identity)
        {
            return null;
        }

        using (actors.Use(Actor.System))
        {
            var users = await identity.ListUsersAsync(ct).ConfigureAwait(false);
            return users.FirstOrDefault(u => u.Id == userIdOrName) ?? users.FirstOrDefault(u => string.Equals(u.UserName, userIdOrName, StringComparison.OrdinalIgnoreCase));
        }
    }
}
