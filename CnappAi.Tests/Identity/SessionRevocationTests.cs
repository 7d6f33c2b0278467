using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Identity;

public class SessionRevocationTests
{
    [Fact]
    public async Task Disable_EndsTheOpenSessionAndRefusesTheNextSignIn()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var alice = await host.CreateUserAsync("alice", [Roles.Analyst]);
        var session = await host.PrincipalOfAsync("alice");
        var currentBefore = await host.IsSessionCurrentAsync(session);

        (await host.Identity.SetEnabledAsync(alice.Id, enabled: false, CancellationToken.None)).Succeeded.ShouldBeTrue();

        currentBefore.ShouldBeTrue();
        (await host.IsSessionCurrentAsync(session)).ShouldBeFalse();
        (await host.SignInAsync("alice", IdentityTestHost.Password)).Outcome.Status.ShouldBe(SignInStatus.Disabled);
    }

    [Fact]
    public async Task SetRoles_EndsTheOpenSessionSoTheNewRolesApplyAtOnce()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var alice = await host.CreateUserAsync("alice", [Roles.Admin]);
        var session = await host.PrincipalOfAsync("alice");

        (await host.Identity.SetRolesAsync(alice.Id, [Roles.Viewer], CancellationToken.None)).Succeeded.ShouldBeTrue();

        (await host.IsSessionCurrentAsync(session)).ShouldBeFalse();
        var fresh = ActorClaims.ActorOf(await host.PrincipalOfAsync("alice"));
        fresh.IsInRole(Roles.Viewer).ShouldBeTrue();
        fresh.IsInRole(Roles.Admin).ShouldBeFalse();
    }

    [Fact]
    public async Task Enable_LetsTheUserSignInAgain()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var alice = await host.CreateUserAsync("alice", [Roles.Viewer]);
        await host.Identity.SetEnabledAsync(alice.Id, enabled: false, CancellationToken.None);

        await host.Identity.SetEnabledAsync(alice.Id, enabled: true, CancellationToken.None);

        (await host.SignInAsync("alice", IdentityTestHost.Password)).Outcome.Status.ShouldBe(SignInStatus.Succeeded);
    }
}
