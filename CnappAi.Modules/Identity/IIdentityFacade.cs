using CnappAi.Modules.Identity.Contracts;

namespace CnappAi.Modules.Identity;

/// <summary>
/// Dashboard accounts: sign-in (anyone), the signed-in user's password change, and the admin's user management.
/// Disabling a user, changing roles or resetting a password renews the security stamp, which ends the user's sessions.
/// </summary>
public interface IIdentityFacade
{
    /// <summary>Signs in on the current HTTP request (writes the cookie); counts failures towards lockout.</summary>
    Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken ct);

    Task SignOutAsync(CancellationToken ct);

    /// <summary>Changes the current user's own password and clears a must-change-password requirement.</summary>
    Task<IdentityOutcome> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct);

    Task<IReadOnlyList<UserView>> ListUsersAsync(CancellationToken ct);

    Task<IdentityOutcome> CreateUserAsync(CreateUserRequest request, CancellationToken ct);

    Task<IdentityOutcome> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct);

    Task<IdentityOutcome> SetEnabledAsync(string userId, bool enabled, CancellationToken ct);

    /// <summary>Sets a temporary password the user must change at the next sign-in; clears a lockout.</summary>
    Task<IdentityOutcome> ResetPasswordAsync(string userId, string newPassword, CancellationToken ct);

    /// <summary>Creates the configured first admin when the database has no account yet.</summary>
    Task<FirstAdminResult> EnsureFirstAdminAsync(CancellationToken ct);
}
