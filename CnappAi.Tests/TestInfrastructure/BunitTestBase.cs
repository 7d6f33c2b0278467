using Bunit;
using Bunit.TestDoubles;
using CnappAi.Modules.Shared.Security;
using MudBlazor.Services;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Base for component tests: MudBlazor services, loose JS interop (MudBlazor calls into JS we do not run),
/// no popover-provider check since components render outside the main layout, and a signed-in admin. Disposal is
/// asynchronous because some MudBlazor services only implement <see cref="IAsyncDisposable"/>.
/// </summary>
public abstract class BunitTestBase : BunitContext, IAsyncLifetime
{
    protected BunitTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("test-admin");
        Authorization.SetRoles(Roles.Admin);
        Authorization.SetPolicies([.. Roles.All, "signed-in"]);
    }

    /// <summary>Signed in as an admin by default; a test can sign out or change roles and policies.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
