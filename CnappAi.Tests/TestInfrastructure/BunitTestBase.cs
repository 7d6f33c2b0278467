using Bunit;
using MudBlazor.Services;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Base for component tests: MudBlazor services, loose JS interop (MudBlazor calls into JS we do not run),
/// and no popover-provider check since components render outside the main layout. Disposal is
/// asynchronous because some MudBlazor services only implement <see cref="IAsyncDisposable"/>.
/// </summary>
public abstract class BunitTestBase : BunitContext, IAsyncLifetime
{
    protected BunitTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
