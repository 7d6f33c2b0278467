namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>
/// The roles a user holds now, for the re-check at execution and for mapped Slack users. The identity module
/// registers its own; the default reads <c>Remediation:UserRoles:&lt;user id&gt;</c> (comma-separated roles).
/// </summary>
public interface IRoleDirectory
{
    /// <summary>Null when the user is unknown.</summary>
    Task<IReadOnlySet<string>?> GetRolesAsync(string userId, CancellationToken ct);
}
