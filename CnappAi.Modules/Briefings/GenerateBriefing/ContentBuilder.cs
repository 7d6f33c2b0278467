using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Forecasting;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture;
using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Modules.Briefings.GenerateBriefing;

/// <summary>Computes every figure of a briefing from the finding store and the posture snapshots up to <c>asOf</c>.</summary>
internal sealed class ContentBuilder(INormalizationFacade findings, IPostureFacade posture, AttackPathSource attackPaths)
{
    public const double Alpha = 0.5;
    public const double Beta = 0.3;
    public const int HistoryDays = 42;
    public const int HorizonWeeks = 4;

    private static readonly FindingStatus[] OpenStatuses = [FindingStatus.Open, FindingStatus.InProgress];

    public async Task<BriefingContent> BuildAsync(DateOnly asOf, DateTimeOffset now, BriefingContent? previous, Guid? previousId, DateTimeOffset? previousAt, CancellationToken ct)
    {
        var history = await posture.GetHistoryAsync(
            asOf.AddDays(-HistoryDays), asOf, [PostureDimensions.All, PostureDimensions.Priority, .. TrendCalculator.Scopes], ct).ConfigureAwait(false);
        var today = history.Where(c => c.Day == asOf).ToList();
        var all = today.FirstOrDefault(c => c.Dimension == PostureDimensions.All);
        var p1 = today.FirstOrDefault(c => c.Dimension == PostureDimensions.Priority && c.Key == "P1")?.Open ?? 0;
        var breached = await findings.QueryAsync(
            new FindingQuery { UnifiedOnly = true, SlaBreached = true, Sort = FindingSort.Risk, Take = 5 }, ct).ConfigureAwait(false);

        // A page's total stops counting at FindingPage.CountLimit; the overview totals count every breach.
        var breachedCount = breached.Capped ? (await findings.GetTotalsAsync(ct).ConfigureAwait(false)).SlaBreached : breached.Total;
        var headline = new BriefingHeadline(all?.Open ?? 0, all?.CriticalHigh ?? 0, p1, breachedCount, all?.Resolved ?? 0);

        var series = history.Where(c => c.Dimension == PostureDimensions.All).OrderBy(c => c.Day).Select(c => new HistoryPoint(c.Day, c.Open, c.CriticalHigh)).ToList();
        var (paths, pathStatus) = await attackPaths.ReadAsync(ct).ConfigureAwait(false);
        return new BriefingContent
        {
            DataAsOf = asOf,
            Headline = headline,
            SinceLast = previous is null || previousId is null || previousAt is null ? null : new HeadlineChange(
                previousId.Value, previousAt.Value,
                headline.Open - previous.Headline.Open,
                headline.CriticalHigh - previous.Headline.CriticalHigh,
                headline.P1 - previous.Headline.P1,
                headline.SlaBreached - previous.Headline.SlaBreached),
            TopRisks = await TopRisksAsync(paths, ct).ConfigureAwait(false),
            AttackPathStatus = pathStatus,
            Trends = TrendCalculator.Compute(history, asOf, 7),
            History = series,
            Forecast = Forecast(series, asOf),
            Sla = new SlaSummary(breachedCount, [.. breached.Items.Select(f => Breach(f, now))]),
            Velocity = await VelocityAsync(ct).ConfigureAwait(false),
            Owners = await OwnersAsync(ct).ConfigureAwait(false),
        };
    }

    public static BriefingForecast Forecast(IReadOnlyList<HistoryPoint> series, DateOnly asOf)
    {
        const string method = "Holt's linear trend (double exponential smoothing) on the daily count of open critical and high findings";
        if (series.Count < 3)
        {
            return new BriefingForecast(method, Alpha, Beta, series.Count, 0, 95, HorizonWeeks, [], "Not enough history yet: a forecast needs at least 3 daily snapshots.");
        }

        var fit = HoltForecast.Smooth([.. series.Select(p => (double)p.CriticalHigh)], Alpha, Beta);
        var points = Enumerable.Range(1, HorizonWeeks).Select(week =>
        {
            var (value, lower, upper) = HoltForecast.Predict(fit, week * 7, 1.96);
            return new ForecastPoint(asOf.AddDays(week * 7), week, Math.Round(value, 1), Math.Round(lower, 1), Math.Round(upper, 1));
        });
        return new BriefingForecast(method, Alpha, Beta, series.Count, Math.Round(fit.ResidualSd, 2), 95, HorizonWeeks, [.. points], null);
    }

    private async Task<IReadOnlyList<TopRisk>> TopRisksAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> paths, CancellationToken ct)
    {
        var page = await findings.QueryAsync(
            new FindingQuery { UnifiedOnly = true, Statuses = OpenStatuses, Suppressed = false, Sort = FindingSort.Risk, Take = 5 }, ct).ConfigureAwait(false);
        return [.. page.Items.Select(f => new TopRisk(
            f.Id, f.ClusterId, f.Title, Math.Round(f.RiskScore, 1), f.Priority, f.Resource.Name ?? f.Resource.Uid, f.Team,
            paths.TryGetValue(f.ClusterId, out var p) ? p : []))];
    }

    private async Task<IReadOnlyList<VelocityLine>> VelocityAsync(CancellationToken ct)
    {
        var days = new Dictionary<int, List<double>>();
        var query = new FindingQuery { UnifiedOnly = true, Statuses = [FindingStatus.Resolved] };
        await foreach (var f in findings.ExportAsync(query, ct).ConfigureAwait(false))
        {
            if (f.FirstSeen is { } first && f.LastSeen is { } last && last >= first)
            {
                (days.TryGetValue(f.Priority, out var list) ? list : days[f.Priority] = []).Add((last - first).TotalDays);
            }
        }

        return [.. days.OrderBy(d => d.Key).Select(d => new VelocityLine(d.Key, d.Value.Count, Math.Round(d.Value.Average(), 1)))];
    }

    private async Task<IReadOnlyList<OwnerLine>> OwnersAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var f in findings.ExportAsync(new FindingQuery { UnifiedOnly = true, SlaBreached = true }, ct).ConfigureAwait(false))
        {
            var team = f.Team ?? "unassigned";
            counts[team] = counts.GetValueOrDefault(team) + 1;
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(5).Select(c => new OwnerLine(c.Key, c.Value))];
    }

    private static SlaBreach Breach(FindingView f, DateTimeOffset now)
    {
        var due = f.SlaDue ?? now;
        return new SlaBreach(f.Id, f.Title, f.Priority, DateOnly.FromDateTime(due.UtcDateTime), Math.Max(0, (int)(now - due).TotalDays), f.Team);
    }
}
