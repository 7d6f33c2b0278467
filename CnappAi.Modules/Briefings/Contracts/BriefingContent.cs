namespace CnappAi.Modules.Briefings.Contracts;

/// <summary>
/// Every figure of a briefing, computed from the finding store and the posture snapshots. The narrative, the page and
/// the exports only ever show numbers that are in here.
/// </summary>
public sealed record BriefingContent
{
    public required DateOnly DataAsOf { get; init; }

    public required BriefingHeadline Headline { get; init; }

    /// <summary>The change since the previous briefing; null for the first one.</summary>
    public HeadlineChange? SinceLast { get; init; }

    public IReadOnlyList<TopRisk> TopRisks { get; init; } = [];

    /// <summary>"available", or why the attack paths behind the top risks are not shown.</summary>
    public required string AttackPathStatus { get; init; }

    /// <summary>Days between the two points of a trend (week over week: 7).</summary>
    public int TrendWindowDays { get; init; } = 7;

    public IReadOnlyList<TrendLine> Trends { get; init; } = [];

    /// <summary>Open and critical/high counts per day, oldest first, from the snapshots.</summary>
    public IReadOnlyList<HistoryPoint> History { get; init; } = [];

    public required BriefingForecast Forecast { get; init; }

    public required SlaSummary Sla { get; init; }

    /// <summary>Mean time to remediate by priority, over resolved unified findings.</summary>
    public IReadOnlyList<VelocityLine> Velocity { get; init; } = [];

    /// <summary>Teams with the most open findings past their SLA due date, most first.</summary>
    public IReadOnlyList<OwnerLine> Owners { get; init; } = [];
}

/// <param name="Open">Open unified findings no exception covers.</param>
/// <param name="CriticalHigh">The critical and high part of <paramref name="Open"/>.</param>
/// <param name="P1">Open unified findings at priority 1.</param>
/// <param name="SlaBreached">Open unified findings past their SLA due date.</param>
public sealed record BriefingHeadline(int Open, int CriticalHigh, int P1, int SlaBreached, int Resolved);

public sealed record HeadlineChange(Guid PreviousId, DateTimeOffset PreviousGeneratedAt, int Open, int CriticalHigh, int P1, int SlaBreached);

/// <param name="AttackPaths">Titles of the attack paths the finding lies on (empty when none or when analysis is not available).</param>
public sealed record TopRisk(string FindingId, string ClusterId, string Title, double Score, int Priority, string Resource, string? Team, IReadOnlyList<string> AttackPaths);

/// <param name="Scope"><c>cloud</c>, <c>category</c> or <c>cloud-category</c>.</param>
/// <param name="ChangePercent">Rounded percentage change; null when there was nothing a week ago.</param>
public sealed record TrendLine(string Scope, string Key, string Label, int LastWeek, int ThisWeek, int? ChangePercent);

public sealed record HistoryPoint(DateOnly Day, int Open, int CriticalHigh);

/// <param name="Method">How the forecast is made (Holt's linear trend on the daily open critical/high series).</param>
/// <param name="IntervalPercent">Coverage of the interval (95).</param>
/// <param name="ResidualSd">Root mean square of the one-step-ahead errors on the history.</param>
/// <param name="Note">Why there is no forecast, when <paramref name="Points"/> is empty.</param>
public sealed record BriefingForecast(
    string Method, double Alpha, double Beta, int Observations, double ResidualSd, int IntervalPercent, int HorizonWeeks, IReadOnlyList<ForecastPoint> Points, string? Note);

public sealed record ForecastPoint(DateOnly Day, int Week, double Value, double Lower, double Upper);

public sealed record SlaSummary(int Breached, IReadOnlyList<SlaBreach> Worst);

public sealed record SlaBreach(string FindingId, string Title, int Priority, DateOnly Due, int DaysOverdue, string? Team);

/// <param name="MeanDays">Mean days from first seen to resolution (the last sighting), one decimal.</param>
public sealed record VelocityLine(int Priority, int Resolved, double MeanDays);

public sealed record OwnerLine(string Team, int Overdue);
