namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>
/// The roles a user holds now, for the re-check at execution and for mapped Slack users. The identity module
/// registers its own; the default reads <c>Remediation:UserRoles:&lt;user id&gt;</c> (comma-separated roles).
/// </summary>
public interface IRoleDirectory
{
    /// <summary>Null when the user is unknown.</summary>
    Task<IReadOnlySet<string>?> GetRolesAsync(string userId, CancellationToken ct);

    /// <summary>
    /// The id a user's plans and approvals are recorded under, for a user named by id or by user name; null when
    /// unknown. Four-eyes and one-approval-per-person compare these ids, so a mapped name must resolve to it.
    /// </summary>
    Task<string?> GetUserIdAsync(string userIdOrName, CancellationToken ct);
}
