using CnappAi.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace CnappAi.Modules.Identity.Sessions;

/// <summary>Sign-in refuses a disabled account (<c>SignInResult.NotAllowed</c>).</summary>
internal sealed class EnabledAccountConfirmation : IUserConfirmation<CnappAiUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<CnappAiUser> manager, CnappAiUser user) => Task.FromResult(!user.Disabled);
}
