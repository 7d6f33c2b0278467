using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Identity;

public class FirstAdminTests
{
    [Fact]
    public async Task EnsureFirstAdmin_WithoutAConfiguredPassword_WritesAGeneratedOneOwnerOnlyAndForcesAChange()
    {
        await using var host = await IdentityTestHost.CreateAsync();

        var created = await host.Identity.EnsureFirstAdminAsync(CancellationToken.None);
        var again = await host.Identity.EnsureFirstAdminAsync(CancellationToken.None);

        created.Created.ShouldBeTrue();
        created.UserName.ShouldBe("admin");
        created.PasswordFile.ShouldBe(Path.Combine(host.Services.Directory, "initial-admin-password"));
        again.Created.ShouldBeFalse();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(created.PasswordFile!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var password = (await File.ReadAllTextAsync(created.PasswordFile!)).Trim();
        password.Length.ShouldBe(24);
        var (outcome, _) = await host.SignInAsync("admin", password);
        outcome.Status.ShouldBe(SignInStatus.MustChangePassword);
        var admin = (await host.Identity.ListUsersAsync(CancellationToken.None)).ShouldHaveSingleItem();
        admin.Roles.ShouldBe([Roles.Admin]);
        admin.MustChangePassword.ShouldBeTrue();
    }

    [Fact]
    public async Task EnsureFirstAdmin_WithAConfiguredPassword_UsesItAndWritesNoFile()
    {
        await using var host = await IdentityTestHost.CreateAsync(new Dictionary<string, string?>
        {
            ["Identity:FirstAdmin:UserName"] = "root",
            ["Identity:FirstAdmin:Password"] = "Configured-Pass-7",
        });

        var created = await host.Identity.EnsureFirstAdminAsync(CancellationToken.None);
        var (outcome, _) = await host.SignInAsync("root", "Configured-Pass-7");

        created.PasswordFile.ShouldBeNull();
        File.Exists(Path.Combine(host.Services.Directory, "initial-admin-password")).ShouldBeFalse();
        outcome.Status.ShouldBe(SignInStatus.MustChangePassword, "the first admin changes the configured password too unless told otherwise");
    }

    [Fact]
    public async Task ChangePassword_ByTheFirstAdmin_ClearsTheRequirementAndDeletesTheFile()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var created = await host.Identity.EnsureFirstAdminAsync(CancellationToken.None);
        var password = (await File.ReadAllTextAsync(created.PasswordFile!)).Trim();
        var admin = (await host.Identity.ListUsersAsync(CancellationToken.None)).Single();
        var principal = await host.PrincipalOfAsync("admin");

        ActorClaims.ActorOf(principal).Roles.ShouldBeEmpty("until the password is changed the session holds no role");
        using (host.Services.As(Actor.User(admin.Id, "admin", [])))
        {
            (await host.Identity.ChangePasswordAsync(password, "My-Own-Secret-11", CancellationToken.None)).Succeeded.ShouldBeTrue();
        }

        File.Exists(created.PasswordFile!).ShouldBeFalse();
        (await host.SignInAsync("admin", "My-Own-Secret-11")).Outcome.Status.ShouldBe(SignInStatus.Succeeded);
        ActorClaims.ActorOf(await host.PrincipalOfAsync("admin")).IsInRole(Roles.Admin).ShouldBeTrue();
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_Fails()
    {
        await using var host = await IdentityTestHost.CreateAsync();
        var alice = await host.CreateUserAsync("alice", [Roles.Viewer], mustChange: true);

        IdentityOutcome outcome;
        using (host.Services.As(Actor.User(alice.Id, "alice", [])))
        {
            outcome = await host.Identity.ChangePasswordAsync("Wrong-Current-1", "Another-Secret-12", CancellationToken.None);
        }

        outcome.Succeeded.ShouldBeFalse();
        (await host.Identity.ListUsersAsync(CancellationToken.None)).Single().MustChangePassword.ShouldBeTrue();
    }
}
