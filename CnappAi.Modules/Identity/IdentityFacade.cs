using CnappAi.Modules.Identity.Accounts;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.FirstAdmin;
using CnappAi.Modules.Identity.SignIn;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Identity;

internal sealed class IdentityFacade(IActorAccessor actors, SignInHandler signIn, AccountsHandler accounts, FirstAdminBootstrapper firstAdmin) : IIdentityFacade
{
    public Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken ct) => signIn.SignInAsync(userName, password, ct);

    public Task SignOutAsync(CancellationToken ct) => signIn.SignOutAsync(actors.Current, ct);

    public Task<IdentityOutcome> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct)
    {
        var actor = actors.DemandSignedInUser();
        return signIn.ChangePasswordAsync(actor, currentPassword, newPassword, ct);
    }

    public Task<IReadOnlyList<UserView>> ListUsersAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return accounts.ListAsync(ct);
    }

    public Task<IdentityOutcome> CreateUserAsync(CreateUserRequest request, CancellationToken ct)
    {
        var actor = actors.Demand(Roles.Admin);
        return accounts.CreateAsync(request, actor, ct);
    }

    public Task<IdentityOutcome> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var actor = actors.Demand(Roles.Admin);
        return accounts.SetRolesAsync(userId, roles, actor, ct);
    }

    public Task<IdentityOutcome> SetEnabledAsync(string userId, bool enabled, CancellationToken ct)
    {
        var actor = actors.Demand(Roles.Admin);
        return accounts.SetEnabledAsync(userId, enabled, actor, ct);
    }

    public Task<IdentityOutcome> ResetPasswordAsync(string userId, string newPassword, CancellationToken ct)
    {
        var actor = actors.Demand(Roles.Admin);
        return accounts.ResetPasswordAsync(userId, newPassword, actor, ct);
    }

    public Task<FirstAdminResult> EnsureFirstAdminAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return firstAdmin.EnsureAsync(ct);
    }
}
