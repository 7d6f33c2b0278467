using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage.Contracts;
using FluentValidation;

namespace CnappAi.Web.Components.Pages.Findings;

/// <summary>The explorer's saved views: the current filters stored under a name, per user.</summary>
public partial class FindingsList
{
    private async Task LoadViewsAsync()
    {
        try
        {
            _views = await Triage.GetSavedViewsAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or AccessDeniedException or System.Data.Common.DbException)
        {
            _views = [];
        }
    }

    private Task ApplyViewAsync(SavedView view) => OnQueryChanged(FindingQueryString.Parse(view.Query));

    private async Task SaveViewAsync(string name)
    {
        try
        {
            await Triage.SaveViewAsync(new SaveViewRequest(name, FindingQueryString.Format(_query)), CancellationToken.None);
            Snackbar.Add($"View '{name}' saved", MudBlazor.Severity.Success);
            await LoadViewsAsync();
        }
        catch (Exception ex) when (ex is ValidationException or AccessDeniedException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, MudBlazor.Severity.Error);
        }
    }

    private async Task DeleteViewAsync(SavedView view)
    {
        await Triage.DeleteViewAsync(view.Id, CancellationToken.None);
        await LoadViewsAsync();
    }
}
