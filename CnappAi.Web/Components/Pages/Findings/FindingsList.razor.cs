using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage.Contracts;
using FluentValidation;
using MudBlazor;

namespace CnappAi.Web.Components.Pages.Findings;

/// <summary>
/// The findings explorer: server-side paging and filtering (the filters live in the address, so a view can be
/// bookmarked, saved or exported), bulk assignment and suppression of the selected unified findings.
/// </summary>
public partial class FindingsList
{
    private MudDataGrid<FindingView>? _grid;
    private FindingQuery _query = new() { UnifiedOnly = true };
    private HashSet<FindingView> _selected = [];
    private IReadOnlyDictionary<string, FindingAssignment> _assignments = new Dictionary<string, FindingAssignment>();
    private IReadOnlyList<SavedView> _views = [];
    private string? _error;
    private bool _bounded;
    private bool _capped;

    // The grid asks for data only once the circuit is live; until then "no match" would be a false statement.
    private bool _loaded;

    protected override async Task OnInitializedAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        _query = string.IsNullOrEmpty(query) ? _query : FindingQueryString.Parse(query);
        await LoadViewsAsync();
    }

    private string ExportHref(string format)
    {
        var filters = FindingQueryString.Format(_query);
        return $"api/findings/export{(filters.Length == 0 ? "?" : filters + "&")}format={format}";
    }

    private async Task<GridData<FindingView>> LoadAsync(GridState<FindingView> state, CancellationToken ct)
    {
        var shown = (_error, _bounded, _capped);
        try
        {
            _error = null;
            var page = await Findings.QueryAsync(_query with { Skip = state.Page * state.PageSize, Take = state.PageSize }, ct);
            _bounded = page.Bounded;
            _capped = page.Capped;
            _assignments = page.Items.Count == 0 ? _assignments : await Triage.GetAssignmentsAsync([.. page.Items.Select(f => f.ClusterId)], ct);
            return new GridData<FindingView> { Items = page.Items, TotalItems = page.Total };
        }
        catch (Exception ex) when (ex is InvalidOperationException or AccessDeniedException or System.Data.Common.DbException)
        {
            _error = ex.Message;
            return new GridData<FindingView> { Items = [], TotalItems = 0 };
        }
        finally
        {
            _loaded = true;

            // The grid re-renders itself; the page's error and search notes above it need a render of their own.
            if (shown != (_error, _bounded, _capped))
            {
                StateHasChanged();
            }
        }
    }

    private async Task OnQueryChanged(FindingQuery query)
    {
        _query = query;
        _selected = [];
        Navigation.NavigateTo($"findings{FindingQueryString.Format(query)}", replace: true);
        await ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void OnSelectionChanged(HashSet<FindingView> selected) => _selected = selected;

    private async Task AssignAsync(string assignee)
    {
        await RunAsync(async () =>
        {
            var changed = await Triage.AssignAsync(new AssignRequest([.. _selected.Select(f => f.ClusterId)], assignee), CancellationToken.None);
            Snackbar.Add(assignee.Length == 0 ? $"{changed} finding(s) unassigned" : $"{changed} finding(s) assigned to {assignee}", MudBlazor.Severity.Success);
        });
    }

    private async Task SuppressAsync(SuppressionInput input)
    {
        await RunAsync(async () =>
        {
            var expires = Clock.GetUtcNow().AddDays(input.Days);
            foreach (var clusterId in _selected.Select(f => f.ClusterId).Distinct(StringComparer.Ordinal))
            {
                await Risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Acceptance, input.Owner, input.Reason, expires, Actors.Current.Id) { ClusterId = clusterId }, CancellationToken.None);
            }

            Snackbar.Add($"{_selected.Count} finding(s) suppressed until {expires:yyyy-MM-dd}", MudBlazor.Severity.Success);
        });
    }

    private async Task RequestPlansAsync()
    {
        await RunAsync(async () =>
        {
            foreach (var finding in _selected)
            {
                await Remediation.RequestPlanAsync(new PlanRequest(finding.Id, []), CancellationToken.None);
            }

            Snackbar.Add($"{_selected.Count} plan(s) requested; approvals are on the Approvals page", MudBlazor.Severity.Success);
        });
    }

    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            _selected = [];
            await ReloadAsync();
        }
        catch (Exception ex) when (ex is ValidationException or AccessDeniedException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, MudBlazor.Severity.Error);
        }
    }
}
