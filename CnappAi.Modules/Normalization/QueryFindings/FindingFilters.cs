using System.Linq.Expressions;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;

namespace CnappAi.Modules.Normalization.QueryFindings;

/// <summary>
/// Turns a <see cref="FindingQuery"/> into SQL-translatable filters and ordering. Every predicate here is served by an
/// index of <c>normalization_findings</c>; the unindexed text and framework matches are in <see cref="SearchFilters"/>.
/// </summary>
internal static class FindingFilters
{
    public static IQueryable<FindingRecord> Where(this IQueryable<FindingRecord> rows, FindingQuery q)
    {
        if (q.Sources.Count > 0)
        {
            var sources = q.Sources.Select(s => s.ToLowerInvariant()).ToList();
            rows = rows.Where(f => sources.Contains(f.Source));
        }

        if (q.Severities.Count > 0)
        {
            var severities = q.Severities.ToList();
            rows = rows.Where(f => severities.Contains(f.Severity));
        }

        if (q.Statuses.Count > 0)
        {
            var statuses = q.Statuses.ToList();
            rows = rows.Where(f => statuses.Contains(f.Status));
        }

        if (q.Categories.Count > 0)
        {
            var categories = q.Categories.ToList();
            rows = rows.Where(f => categories.Contains(f.Category));
        }

        if (q.Providers.Count > 0)
        {
            var providers = q.Providers.ToList();
            rows = rows.Where(f => providers.Contains(f.Provider));
        }

        if (!string.IsNullOrWhiteSpace(q.Account))
        {
            rows = rows.Where(f => f.Account == q.Account);
        }

        var priorities = q.Priority is { } priority ? [.. q.Priorities, priority] : q.Priorities.ToList();
        if (priorities.Count > 0)
        {
            rows = rows.Where(f => priorities.Contains(f.Priority));
        }

        return rows.WhereUnified(q);
    }

    // The unified-finding filters; "now" comes from the query handler's clock (SLA breach and suppression expire with time).
    private static IQueryable<FindingRecord> WhereUnified(this IQueryable<FindingRecord> rows, FindingQuery q)
    {
        if (q.UnifiedOnly)
        {
            rows = rows.Where(f => !f.Secondary);
        }

        if (!string.IsNullOrWhiteSpace(q.ClusterId))
        {
            rows = rows.Where(f => f.ClusterId == q.ClusterId);
        }

        if (q.Teams.Count > 0)
        {
            var teams = q.Teams.ToList();
            rows = rows.Where(f => f.Team != null && teams.Contains(f.Team));
        }

        if (q.Environments.Count > 0)
        {
            var environments = q.Environments.ToList();
            rows = rows.Where(f => f.Environment != null && environments.Contains(f.Environment));
        }

        if (q.ControlIds.Count > 0)
        {
            var controls = q.ControlIds.ToList();
            rows = rows.Where(f => f.ControlId != null && controls.Contains(f.ControlId));
        }

        if (!string.IsNullOrWhiteSpace(q.ResourceUid))
        {
            rows = rows.Where(f => f.ResourceUid == q.ResourceUid);
        }

        if (q.MinRiskScore is { } min)
        {
            rows = rows.Where(f => f.RiskScore >= min);
        }

        return rows;
    }

    public static IQueryable<FindingRecord> WhereAt(this IQueryable<FindingRecord> rows, FindingQuery q, DateTimeOffset now)
    {
        rows = rows.Where(q);
        if (q.Suppressed is { } suppressed)
        {
            rows = suppressed
                ? rows.Where(f => f.Status == FindingStatus.Suppressed || f.SuppressedUntil > now)
                : rows.Where(f => f.Status != FindingStatus.Suppressed && (f.SuppressedUntil == null || f.SuppressedUntil <= now));
        }

        if (q.SlaBreached is { } breached)
        {
            Expression<Func<FindingRecord, bool>> isBreached = f =>
                (f.Status == FindingStatus.Open || f.Status == FindingStatus.InProgress)
                && f.SlaDue < now && (f.SuppressedUntil == null || f.SuppressedUntil <= now);
            rows = breached ? rows.Where(isBreached) : rows.Where(Negate(isBreached));
        }

        return rows;
    }

    private static Expression<Func<FindingRecord, bool>> Negate(Expression<Func<FindingRecord, bool>> predicate) =>
        Expression.Lambda<Func<FindingRecord, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    public static IQueryable<FindingRecord> Order(this IQueryable<FindingRecord> rows, FindingQuery q) => (q.Sort, q.Descending) switch
    {
        (FindingSort.Severity, true) => rows.OrderByDescending(f => f.Severity).ThenByDescending(f => f.RiskScore).ThenBy(f => f.Id),
        (FindingSort.Severity, false) => rows.OrderBy(f => f.Severity).ThenBy(f => f.RiskScore).ThenBy(f => f.Id),
        (FindingSort.LastSeen, true) => rows.OrderByDescending(f => f.LastSeen).ThenBy(f => f.Id),
        (FindingSort.LastSeen, false) => rows.OrderBy(f => f.LastSeen).ThenBy(f => f.Id),
        (FindingSort.Title, true) => rows.OrderByDescending(f => f.Title).ThenBy(f => f.Id),
        (FindingSort.Title, false) => rows.OrderBy(f => f.Title).ThenBy(f => f.Id),
        (FindingSort.Source, true) => rows.OrderByDescending(f => f.Source).ThenBy(f => f.Id),
        (FindingSort.Source, false) => rows.OrderBy(f => f.Source).ThenBy(f => f.Id),
        (FindingSort.Priority, true) => rows.OrderBy(f => f.Priority).ThenByDescending(f => f.RiskScore).ThenBy(f => f.Id),
        (FindingSort.Priority, false) => rows.OrderByDescending(f => f.Priority).ThenBy(f => f.RiskScore).ThenBy(f => f.Id),
        (_, true) => rows.OrderByDescending(f => f.RiskScore).ThenBy(f => f.Id),
        (_, false) => rows.OrderBy(f => f.RiskScore).ThenBy(f => f.Id),
    };
}
