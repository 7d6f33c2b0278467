using Microsoft.AspNetCore.Identity;

namespace CnappAi.Modules.Identity.Data;

/// <summary>A dashboard account. Disabled accounts cannot sign in and lose their sessions; a set-by-admin password must be changed.</summary>
internal sealed class CnappAiUser : IdentityUser
{
    public bool Disabled { get; set; }

    public bool MustChangePassword { get; set; }
}
