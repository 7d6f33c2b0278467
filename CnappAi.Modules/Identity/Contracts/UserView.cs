namespace CnappAi.Modules.Identity.Contracts;

/// <summary>An account as the admin pages show it; never carries a password or hash.</summary>
public sealed record UserView(
    string Id,
    string UserName,
    string? Email,
    IReadOnlyList<string> Roles,
    bool Enabled,
    bool MustChangePassword,
    DateTimeOffset? LockedOutUntil);
