using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Identity;

public class SignInTests
{
    [Fact]
    public async Task SignIn_RightPassword_SucceedsAndWritesTheSessionCookie()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        await host.CreateUserAsync("alice", [Roles.Analyst]);

        var (outcome, cookie) = await host.SignInAsync("alice", IdentityTestHost.Password);

        outcome.Status.ShouldBe(SignInStatus.Succeeded);
        cookie.ShouldContain(".AspNetCore.Identity.Application=");
        cookie.ShouldContain("httponly", Case.Insensitive);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_FailsAlikeAndWritesNoCookie()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        await host.CreateUserAsync("alice", [Roles.Viewer]);

        var (wrong, cookie) = await host.SignInAsync("alice", "Not-The-Password-1");
        var (unknown, _) = await host.SignInAsync("mallory", IdentityTestHost.Password);

        wrong.Status.ShouldBe(SignInStatus.Failed);
        unknown.Status.ShouldBe(SignInStatus.Failed);
        cookie.ShouldNotContain(".AspNetCore.Identity.Application=");
    }

    [Fact]
    public async Task SignIn_AfterTheConfiguredFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        await host.CreateUserAsync("alice", [Roles.Viewer]);

        var first = await host.SignInAsync("alice", "wrong-1-Password");
        var second = await host.SignInAsync("alice", "wrong-2-Password");
        var third = await host.SignInAsync("alice", "wrong-3-Password");
        var right = await host.SignInAsync("alice", IdentityTestHost.Password);

        first.Outcome.Status.ShouldBe(SignInStatus.Failed);
        second.Outcome.Status.ShouldBe(SignInStatus.Failed);
        third.Outcome.Status.ShouldBe(SignInStatus.LockedOut);
        right.Outcome.Status.ShouldBe(SignInStatus.LockedOut);
        right.Cookie.ShouldNotContain(".AspNetCore.Identity.Application=");
        (await host.Identity.ListUsersAsync(CancellationToken.None)).Single().LockedOutUntil.ShouldNotBeNull();
    }

    [Fact]
    public async Task ResetPassword_ByAnAdmin_ClearsTheLockoutAndForcesAChange()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var alice = await host.CreateUserAsync("alice", [Roles.Viewer]);
        for (var i = 0; i < 3; i++)
        {
            await host.SignInAsync("alice", $"wrong-{i}-Password");
        }

        (await host.Identity.ResetPasswordAsync(alice.Id, "Temporary-Pass-9", CancellationToken.None)).Succeeded.ShouldBeTrue();
        var (outcome, _) = await host.SignInAsync("alice", "Temporary-Pass-9");

        outcome.Status.ShouldBe(SignInStatus.MustChangePassword);
    }
}
