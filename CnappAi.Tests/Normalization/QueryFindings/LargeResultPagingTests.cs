using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.QueryFindings;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Normalization.QueryFindings;

/// <summary>
/// Pages of a filter that matches more than <see cref="FindingPage.CountLimit"/> rows are read along the sort's index;
/// they must hold exactly the rows, in exactly the order, that sorting every match would give, and the total says it
/// stopped counting. Filters matching fewer rows keep the exact total.
/// </summary>
public sealed class LargeResultPagingTests : IAsyncLifetime
{
    private const int Broad = FindingPage.CountLimit + 500;
    private const int Narrow = 700;
    private static readonly DateTimeOffset Seen = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<(string Id, Severity Severity, double Risk, DateTimeOffset LastSeen)> _stored = [];
    private TestServices _services = null!;
    private INormalizationFacade _store = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        _store = _services.Get<INormalizationFacade>();
        var random = new Random(7);
        var writes = Enumerable.Range(0, Broad + Narrow).Select(i =>
        {
            var severity = i < Broad ? Severity.High : Severity.Critical;
            var observation = Observations.Vulnerability("wiz", $"f-{i}", "CVE-2024-1111", severity) with { LastSeen = Seen.AddMinutes(random.Next(0, 50)) };

            // Few distinct scores, so ties are common and the id tie-break is exercised.
            return new FindingWrite(observation, $"cluster-{i}", Math.Round(random.NextDouble() * 10, 1), 3, "f.json", $"/{i}");
        }).ToList();
        foreach (var batch in writes.Chunk(2000))
        {
            var ids = (await _store.StoreAsync(batch, CancellationToken.None)).FindingIds;
            _stored.AddRange(batch.Select((w, i) => (ids[i], w.Observation.Severity, w.RiskScore, w.Observation.LastSeen!.Value)));
        }
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task BroadFilter_PagesMatchAFullSort_AndTheTotalIsCapped()
    {
        var expected = _stored.Where(f => f.Severity == Severity.High).OrderByDescending(f => f.Risk).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).ToList();

        foreach (var skip in new[] { 0, 150, 9_990 })
        {
            var page = await _store.QueryAsync(new FindingQuery { Severities = [Severity.High], Skip = skip, Take = 50 }, CancellationToken.None);

            page.Items.Select(f => f.Id).ShouldBe(expected.Skip(skip).Take(50));
            (page.Total, page.Capped).ShouldBe((FindingPage.CountLimit, true));
        }
    }

    [Fact]
    public async Task BroadFilter_AscendingAndLastSeenSorts_MatchAFullSort()
    {
        var ascending = await _store.QueryAsync(new FindingQuery { Descending = false, Take = 40 }, CancellationToken.None);
        var lastSeen = await _store.QueryAsync(new FindingQuery { Sort = FindingSort.LastSeen, Skip = 60, Take = 40 }, CancellationToken.None);

        ascending.Items.Select(f => f.Id).ShouldBe(_stored.OrderBy(f => f.Risk).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).Take(40));
        lastSeen.Items.Select(f => f.Id).ShouldBe(_stored.OrderByDescending(f => f.LastSeen).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).Skip(60).Take(40));
        ascending.Capped.ShouldBeTrue();
    }

    [Fact]
    public async Task NarrowFilter_KeepsTheExactTotal()
    {
        var page = await _store.QueryAsync(new FindingQuery { Severities = [Severity.Critical], Take = 25 }, CancellationToken.None);

        (page.Total, page.Capped).ShouldBe((Narrow, false));
        page.Items.Select(f => f.Id).ShouldBe(_stored.Where(f => f.Severity == Severity.Critical).OrderByDescending(f => f.Risk).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).Take(25));
    }

    [Fact]
    public async Task OverviewTotals_CountEveryRow()
    {
        var totals = await _store.GetTotalsAsync(CancellationToken.None);

        totals.All.ShouldBe(Broad + Narrow);
        totals.OpenBySeverity[Severity.High].ShouldBe(Broad);
        totals.OpenBySeverity[Severity.Critical].ShouldBe(Narrow);
        totals.OpenBySource["wiz"].ShouldBe(Broad + Narrow);
    }

    [Fact]
    public async Task EverySortIndex_IsAnIndexOfTheFindingsTable()
    {
        await using var db = await _services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        var indexes = db.Model.GetEntityTypes().Single(e => e.GetTableName() == "normalization_findings").GetIndexes().Select(i => i.GetDatabaseName()).ToList();

        foreach (var sort in Enum.GetValues<FindingSort>())
        {
            if (SortIndexes.For(new FindingQuery { Sort = sort }) is { } index)
            {
                indexes.ShouldContain(index);
            }
        }
    }
}
