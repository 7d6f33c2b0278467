using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Identity.Accounts;

/// <summary>The admin's account operations. Every change that affects access renews the security stamp, which ends open sessions.</summary>
internal sealed class AccountsHandler(IServiceScopeFactory scopes, IValidator<CreateUserRequest> validator, IdentityAudit audit)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnappAiUser>>();
        var accounts = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct).ConfigureAwait(false);
        var views = new List<UserView>(accounts.Count);
        foreach (var user in accounts)
        {
            views.Add(await ViewOfAsync(users, user).ConfigureAwait(false));
        }

        return views;
    }

    public async Task<IdentityOutcome> CreateAsync(CreateUserRequest request, Actor by, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return IdentityOutcome.Failed([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnappAiUser>>();
        var user = new CnappAiUser { UserName = request.UserName.Trim(), Email = request.Email, MustChangePassword = true };
        var outcome = Outcome(await users.CreateAsync(user, request.Password).ConfigureAwait(false));
        if (outcome.Succeeded)
        {
            outcome = Outcome(await users.AddToRolesAsync(user, Normalize(request.Roles)).ConfigureAwait(false));
        }

        await audit.RecordAsync("user.created", by, user.UserName, Result(outcome), new { roles = Normalize(request.Roles) }, ct).ConfigureAwait(false);
        return outcome;
    }

    public Task<IdentityOutcome> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, Actor by, CancellationToken ct) =>
        ChangeAsync(userId, "user.roles_changed", by, new { roles = Normalize(roles) }, async (users, user) =>
        {
            var wanted = Normalize(roles);
            var current = await users.GetRolesAsync(user).ConfigureAwait(false);
            var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted)).ConfigureAwait(false);
            return removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current)).ConfigureAwait(false) : removed;
        }, ct);

    public Task<IdentityOutcome> SetEnabledAsync(string userId, bool enabled, Actor by, CancellationToken ct) =>
        ChangeAsync(userId, enabled ? "user.enabled" : "user.disabled", by, null, (users, user) =>
        {
            user.Disabled = !enabled;
            return users.UpdateAsync(user);
        }, ct);

    public Task<IdentityOutcome> ResetPasswordAsync(string userId, string newPassword, Actor by, CancellationToken ct) =>
        ChangeAsync(userId, "user.password_reset", by, null, async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
            var reset = await users.ResetPasswordAsync(user, token, newPassword).ConfigureAwait(false);
            if (!reset.Succeeded)
            {
                return reset;
            }

            user.MustChangePassword = true;
            user.LockoutEnd = null;
            return await users.UpdateAsync(user).ConfigureAwait(false);
        }, ct);

    private async Task<IdentityOutcome> ChangeAsync(
        string userId,
        string action,
        Actor by,
        object? details,
        Func<UserManager<CnappAiUser>, CnappAiUser, Task<IdentityResult>> change,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnappAiUser>>();
        if (await users.FindByIdAsync(userId ?? string.Empty).ConfigureAwait(false) is not { } user)
        {
            return IdentityOutcome.Failed("no such user");
        }

        var outcome = Outcome(await change(users, user).ConfigureAwait(false));
        if (outcome.Succeeded)
        {
            outcome = Outcome(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        }

        await audit.RecordAsync(action, by, user.UserName ?? userId!, Result(outcome), details, ct).ConfigureAwait(false);
        return outcome;
    }

    internal static async Task<UserView> ViewOfAsync(UserManager<CnappAiUser> users, CnappAiUser user)
    {
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var lockedOut = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
        return new UserView(user.Id, user.UserName ?? user.Id, user.Email, [.. roles.Order(StringComparer.Ordinal)], !user.Disabled, user.MustChangePassword, lockedOut);
    }

    internal static IdentityOutcome Outcome(IdentityResult result) =>
        result.Succeeded ? IdentityOutcome.Ok : IdentityOutcome.Failed([.. result.Errors.Select(e => e.Description)]);

    private static string Result(IdentityOutcome outcome) => outcome.Succeeded ? AuditRecord.Success : AuditRecord.Failure;

    private static string[] Normalize(IEnumerable<string> roles) =>
        [.. (roles ?? []).Select(r => r.Trim().ToLowerInvariant()).Where(r => Roles.All.Contains(r)).Distinct()];
}
