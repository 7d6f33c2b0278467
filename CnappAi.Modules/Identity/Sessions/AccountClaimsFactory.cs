using System.Security.Claims;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Identity.Sessions;

/// <summary>Adds the must-change-password marker, which leaves the session no role until the password is changed.</summary>
internal sealed class AccountClaimsFactory(UserManager<CnappAiUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CnappAiUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CnappAiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ActorClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
