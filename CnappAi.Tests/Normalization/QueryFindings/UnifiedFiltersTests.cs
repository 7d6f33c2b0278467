using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Normalization.QueryFindings;

public class UnifiedFiltersTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Query_UnifiedTeamEnvironmentControlScoreSuppressionAndSla_FilterOnTheStoredEnrichment()
    {
        var clock = new TestClock(Now);
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(clock));
        var store = services.Get<INormalizationFacade>();
        await store.StoreAsync(
        [
            Write("a", new FindingEnrichment("storage.public-access", "r", 9.2, 1, null, "payments", "prod", Now.AddDays(-1), null)),
            Write("b", new FindingEnrichment("storage.public-access", "r", 9.2, 1, null, "payments", "prod", Now.AddDays(-1), null, IsPrimary: false)),
            Write("c", new FindingEnrichment(null, "r", 3.0, 4, null, "web", "dev", Now.AddDays(30), Now.AddDays(10))),
            Write("d", new FindingEnrichment(null, "r", 5.0, 3, null, "web", "prod", Now.AddDays(-5), Now.AddDays(-1))) with
            {
                Observation = Observations.Vulnerability("wiz", "d", "CVE-9") with { Status = FindingStatus.Resolved },
            },
        ], CancellationToken.None);

        (await Ids(store, new FindingQuery { UnifiedOnly = true })).ShouldBe(["a", "c", "d"], ignoreOrder: true);
        (await Ids(store, new FindingQuery { Teams = ["web"], Environments = ["prod"] })).ShouldBe(["d"]);
        (await Ids(store, new FindingQuery { ControlIds = ["storage.public-access"], MinRiskScore = 9 })).ShouldBe(["a", "b"], ignoreOrder: true);
        (await Ids(store, new FindingQuery { Suppressed = true })).ShouldBe(["c"]);
        (await Ids(store, new FindingQuery { SlaBreached = true, UnifiedOnly = true })).ShouldBe(["a"]);
        clock.Advance(TimeSpan.FromDays(11));
        (await Ids(store, new FindingQuery { Suppressed = true })).ShouldBeEmpty();
        (await Ids(store, new FindingQuery { SlaBreached = false })).ShouldBe(["c", "d"], ignoreOrder: true);
    }

    private static FindingWrite Write(string id, FindingEnrichment enrichment) =>
        new(Observations.Vulnerability("wiz", id, "CVE-" + id), "cluster-" + id, 5, 3, null, null) { Enrichment = enrichment };

    private static async Task<IReadOnlyList<string>> Ids(INormalizationFacade store, FindingQuery query) =>
        [.. (await store.QueryAsync(query, CancellationToken.None)).Items.Select(f => f.SourceFindingId)];
}
