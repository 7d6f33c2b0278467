using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Identity.FirstAdmin;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Identity.SignIn;

/// <summary>
/// Cookie sign-in and sign-out for the current HTTP request (the static sign-in form), with lockout after repeated
/// failures, and the signed-in user's own password change. Every attempt is audited; passwords never are.
/// </summary>
internal sealed class SignInHandler(IServiceScopeFactory scopes, IHttpContextAccessor http, IdentityAudit audit, InitialPasswordFile initialPassword)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CnappAiUser>>();
        var name = (userName ?? string.Empty).Trim();
        var result = await signIn.PasswordSignInAsync(name, password ?? string.Empty, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        var user = result.Succeeded ? await signIn.UserManager.FindByNameAsync(name).ConfigureAwait(false) : null;
        var status = result switch
        {
            { Succeeded: true } when user?.MustChangePassword == true => SignInStatus.MustChangePassword,
            { Succeeded: true } => SignInStatus.Succeeded,
            { IsLockedOut: true } => SignInStatus.LockedOut,
            { IsNotAllowed: true } => SignInStatus.Disabled,
            _ => SignInStatus.Failed,
        };
        var actor = user is null ? Actor.Anonymous : Actor.User(user.Id, name, []);
        var action = status == SignInStatus.LockedOut ? "auth.lockout" : "auth.signin";
        var outcome = result.Succeeded ? AuditRecord.Success : status == SignInStatus.Failed ? AuditRecord.Failure : AuditRecord.Denied;
        await audit.RecordAsync(action, actor, name, outcome, new { status = status.ToString() }, ct).ConfigureAwait(false);
        return new SignInOutcome(status);
    }

    public async Task SignOutAsync(Actor actor, CancellationToken ct)
    {
        if (http.HttpContext is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SignInManager<CnappAiUser>>().SignOutAsync().ConfigureAwait(false);
        if (actor.Kind == ActorKind.User)
        {
            await audit.RecordAsync("auth.signout", actor, actor.DisplayName, AuditRecord.Success, null, ct).ConfigureAwait(false);
        }
    }

    public async Task<IdentityOutcome> ChangePasswordAsync(Actor actor, string currentPassword, string newPassword, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CnappAiUser>>();
        if (await signIn.UserManager.FindByIdAsync(actor.Id).ConfigureAwait(false) is not { } user)
        {
            return IdentityOutcome.Failed("only a dashboard account can change its password here");
        }

        if (currentPassword == newPassword)
        {
            return IdentityOutcome.Failed("choose a password different from the current one");
        }

        var outcome = AccountsOutcome(await signIn.UserManager.ChangePasswordAsync(user, currentPassword ?? string.Empty, newPassword ?? string.Empty).ConfigureAwait(false));
        if (outcome.Succeeded)
        {
            user.MustChangePassword = false;
            await signIn.UserManager.UpdateAsync(user).ConfigureAwait(false);
            initialPassword.DeleteFor(user.UserName);
            if (http.HttpContext is not null)
            {
                await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
            }
        }

        await audit.RecordAsync("auth.password_changed", actor, user.UserName ?? actor.Id, outcome.Succeeded ? AuditRecord.Success : AuditRecord.Failure, null, ct)
            .ConfigureAwait(false);
        return outcome;
    }

    private static IdentityOutcome AccountsOutcome(IdentityResult result) => Accounts.AccountsHandler.Outcome(result);
}
