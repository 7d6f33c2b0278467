using CnappAi.Modules.Ingestion.Contracts;
using MudBlazor;

namespace CnappAi.Web.Components.Pages.Connectors;

/// <summary>The connectors page: list with last-run status, test connection, sync now (queued as a job), enable/disable.</summary>
public partial class ConnectorsList
{
    private readonly HashSet<string> _busy = new(StringComparer.Ordinal);
    private IReadOnlyList<ConnectorView>? _connectors;
    private string? _error;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _error = null;
            _connectors = await Ingestion.GetConnectorsAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            _error = ex.Message;
        }
    }

    private async Task TestAsync(ConnectorView connector)
    {
        _busy.Add(connector.Name);
        try
        {
            var result = await Ingestion.TestConnectionAsync(connector.Name, CancellationToken.None);
            Snackbar.Add($"{connector.Name}: {result.Message}", result.Success ? MudBlazor.Severity.Success : MudBlazor.Severity.Error);
        }
        finally
        {
            _busy.Remove(connector.Name);
        }
    }

    private void SyncNow(ConnectorView connector, SyncMode mode)
    {
        try
        {
            var job = Ingestion.EnqueueSync(connector.Name, mode);
            Snackbar.Add($"{connector.Name}: {mode.ToString().ToLowerInvariant()} sync queued (job {job}); refresh to see the run.", MudBlazor.Severity.Info);
        }
        catch (InvalidOperationException ex)
        {
            Snackbar.Add(ex.Message, MudBlazor.Severity.Error);
        }
    }

    private async Task ToggleAsync(ConnectorView connector)
    {
        await Ingestion.SetConnectorEnabledAsync(connector.Name, !connector.Enabled, CancellationToken.None);
        Snackbar.Add($"{connector.Name} {(connector.Enabled ? "disabled: no scheduled syncs or webhooks" : "enabled")}", MudBlazor.Severity.Normal);
        await LoadAsync();
    }
}
