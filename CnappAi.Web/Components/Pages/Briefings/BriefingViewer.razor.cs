using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CnappAi.Web.Components.Pages.Briefings;

public sealed partial class BriefingViewer
{
    private BriefingView? _briefing;
    private bool _loaded;
    private string? _error;
    private List<ChartSeries<double>> _historySeries = [];
    private string[] _historyLabels = [];
    private List<ChartSeries<double>> _cloudSeries = [];
    private string[] _cloudLabels = [];

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IBriefingsFacade Briefings { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        _error = null;
        try
        {
            _briefing = await Briefings.GetAsync(Id, CancellationToken.None);
            if (_briefing is not null)
            {
                BuildCharts(_briefing.Content);
            }
        }
        catch (AccessDeniedException ex)
        {
            _error = "Not allowed: " + ex.Message;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or System.Data.Common.DbException)
        {
            _error = "Could not load the briefing: " + ex.Message;
        }
        finally
        {
            _loaded = true;
        }
    }

    // History then forecast on one axis: the forecast series starts at the last observed day so the lines join.
    private void BuildCharts(BriefingContent c)
    {
        var history = c.History;
        var points = c.Forecast.Points;
        _historyLabels = [.. history.Select(h => h.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            .. points.Select(p => p.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
        var observed = history.Select(h => (double?)h.CriticalHigh).Concat(points.Select(_ => (double?)null)).ToList();
        double? Joined(Func<ForecastPoint, double> pick, int i) =>
            i < history.Count - 1 ? null : i == history.Count - 1 ? history[^1].CriticalHigh : pick(points[i - history.Count]);
        var count = history.Count + points.Count;
        _historySeries =
        [
            new() { Name = "Open critical/high", Data = new ChartData<double>(observed) },
            new() { Name = "Forecast", Data = new ChartData<double>([.. Enumerable.Range(0, count).Select(i => Joined(p => p.Value, i))]) },
            new() { Name = "Upper", Data = new ChartData<double>([.. Enumerable.Range(0, count).Select(i => Joined(p => p.Upper, i))]) },
            new() { Name = "Lower", Data = new ChartData<double>([.. Enumerable.Range(0, count).Select(i => Joined(p => p.Lower, i))]) },
        ];
        var clouds = c.Trends.Where(t => t.Scope == "cloud").ToList();
        _cloudLabels = [.. clouds.Select(t => t.Label)];
        _cloudSeries =
        [
            new() { Name = "Last week", Data = new ChartData<double>([.. clouds.Select(t => (double)t.LastWeek)]) },
            new() { Name = "This week", Data = new ChartData<double>([.. clouds.Select(t => (double)t.ThisWeek)]) },
        ];
    }
}
