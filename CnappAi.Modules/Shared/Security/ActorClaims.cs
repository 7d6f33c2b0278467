using System.Security.Claims;

namespace CnappAi.Modules.Shared.Security;

/// <summary>How a signed-in principal becomes an <see cref="Actor"/>: its name identifier, name and role claims.</summary>
public static class ActorClaims
{
    /// <summary>Present while a user must change a password an admin (or the first start) set: the session holds no role.</summary>
    public const string MustChangePassword = "cnappai:must_change_password";

    public static bool MustChange(ClaimsPrincipal principal) =>
        principal?.HasClaim(c => c.Type == MustChangePassword) == true;

    public static Actor ActorOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } identity)
        {
            return Actor.Anonymous;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? identity.Name ?? "unknown";
        var name = identity.Name ?? id;
        var roles = MustChange(principal)
            ? []
            : principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => Roles.All.Contains(r, StringComparer.OrdinalIgnoreCase));
        return Actor.User(id, name, roles);
    }
}
