using System.Diagnostics;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Web.Cli.Bench;

/// <summary>
/// Times the query shapes the dashboard sends through <see cref="INormalizationFacade"/>: the findings explorer's
/// first page, a severity filter with a later page, its text search, the unified open queue and the overview's counts.
/// Each shape runs twice untimed, then <see cref="Runs"/> times.
/// </summary>
internal static class QueryBench
{
    public const int Runs = 15;
    private const int Warmup = 2;

    public static async Task<QueryResult> RunAsync(IServiceProvider services, int findings, CancellationToken ct)
    {
        var store = services.GetRequiredService<INormalizationFacade>();
        (string Name, Func<Task<int>> Run)[] shapes =
        [
            ("explorer-first-page", () => PageAsync(store, new FindingQuery(), ct)),
            ("explorer-severity-filter-page-3", () => PageAsync(store, new FindingQuery { Severities = [Severity.Critical, Severity.High], Skip = 100 }, ct)),
            ("explorer-sort-last-seen", () => PageAsync(store, new FindingQuery { Sort = FindingSort.LastSeen }, ct)),
            ("explorer-text-search", () => PageAsync(store, new FindingQuery { Text = "CVE-2021-44228" }, ct)),
            ("unified-open-queue", () => PageAsync(store, new FindingQuery { UnifiedOnly = true, Statuses = [FindingStatus.Open], Suppressed = false }, ct)),
            ("overview-counts", async () => (await store.GetTotalsAsync(ct).ConfigureAwait(false)).All),
        ];

        var all = new List<double>();
        var results = new List<QueryShapeResult>();
        foreach (var (name, run) in shapes)
        {
            var total = 0;
            for (var i = 0; i < Warmup; i++)
            {
                total = await run().ConfigureAwait(false);
            }

            var times = new List<double>(Runs);
            for (var i = 0; i < Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run().ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            all.AddRange(times);
            results.Add(new QueryShapeResult(name, Runs, Percentile(times, 0.50), Percentile(times, 0.95), Math.Round(times.Max(), 2), total));
        }

        return new QueryResult(findings, Percentile(all, 0.50), Percentile(all, 0.95), results);
    }

    private static async Task<int> PageAsync(INormalizationFacade store, FindingQuery query, CancellationToken ct) =>
        (await store.QueryAsync(query, ct).ConfigureAwait(false)).Total;

    /// <summary>Nearest-rank percentile, in milliseconds rounded to hundredths.</summary>
    internal static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Length - 1)], 2);
    }
}
