using System.Security.Claims;
using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Identity;

/// <summary>
/// The real Identity module over a temp database with the cookie schemes registered, and a fresh
/// <see cref="HttpContext"/> per sign-in so the cookie the sign-in writes can be read back.
/// </summary>
internal sealed class IdentityTestHost : IAsyncDisposable
{
    public const string Password = "Correct-Horse-42";

    private IdentityTestHost(TestServices services) => Services = services;

    public TestServices Services { get; }

    public IIdentityFacade Identity => Services.Get<IIdentityFacade>();

    public static async Task<IdentityTestHost> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = await TestServices.CreateAsync(
            s => s.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(),
            settings ?? new Dictionary<string, string?> { ["Identity:MaxFailedSignIns"] = "3" });
        return new IdentityTestHost(services);
    }

    /// <summary>Creates a user (as the system) and clears the change-password requirement, so sign-in succeeds outright.</summary>
    public async Task<UserView> CreateUserAsync(string name, string[] roles, bool mustChange = false)
    {
        (await Identity.CreateUserAsync(new CreateUserRequest(name, null, Password, roles), CancellationToken.None)).Succeeded.ShouldBeTrue();
        await using var scope = Services.Get<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnappAiUser>>();
        var user = (await users.FindByNameAsync(name))!;
        user.MustChangePassword = mustChange;
        await users.UpdateAsync(user);
        return (await Identity.ListUsersAsync(CancellationToken.None)).Single(u => u.UserName == name);
    }

    /// <summary>Signs in on a new request; returns the outcome and the Set-Cookie header written.</summary>
    public async Task<(SignInOutcome Outcome, string Cookie)> SignInAsync(string name, string password)
    {
        await using var scope = Services.Get<IServiceScopeFactory>().CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        Services.Get<IHttpContextAccessor>().HttpContext = http;
        try
        {
            using var anonymous = Services.As(Actor.Anonymous);
            var outcome = await Identity.SignInAsync(name, password, CancellationToken.None);
            return (outcome, http.Response.Headers.SetCookie.ToString());
        }
        finally
        {
            Services.Get<IHttpContextAccessor>().HttpContext = null;
        }
    }

    /// <summary>The principal a session cookie of <paramref name="name"/> would carry now.</summary>
    public async Task<ClaimsPrincipal> PrincipalOfAsync(string name)
    {
        await using var scope = Services.Get<IServiceScopeFactory>().CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CnappAiUser>>();
        return await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(name))!);
    }

    public async Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal)
    {
        await using var scope = Services.Get<IServiceScopeFactory>().CreateAsyncScope();
        return await CnappAi.Modules.Identity.Sessions.SessionRevalidator.IsCurrentAsync(scope.ServiceProvider, principal);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
