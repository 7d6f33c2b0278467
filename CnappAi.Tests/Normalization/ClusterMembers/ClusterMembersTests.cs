using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Normalization.ClusterMembers;

public class ClusterMembersTests
{
    private static readonly CanonicalResource Other = Observations.Instance with { Uid = "arn:aws:ec2:us-east-1:111122223333:instance/i-0other" };

    [Fact]
    public async Task StreamMembers_ByResource_StreamsWholeClustersInClusterOrder()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        await store.StoreAsync(
        [
            Write(Observations.Vulnerability("wiz", "w-1", "CVE-1"), "b-cluster"),
            Write(Observations.Vulnerability("orca", "o-1", "CVE-1") with { Resource = Other }, "b-cluster"),
            Write(Observations.Vulnerability("wiz", "w-2", "CVE-2"), "a-cluster"),
            Write(Observations.Vulnerability("wiz", "w-3", "CVE-3") with { Resource = Other }, "c-cluster"),
        ], CancellationToken.None);

        var members = await Members(store, new MemberFilter { ResourceUids = [Observations.Instance.Uid] });

        members.Select(m => m.ClusterId).ShouldBe(["a-cluster", "b-cluster", "b-cluster"]);
        members.Where(m => m.ClusterId == "b-cluster").Select(m => m.Resource.Uid).ShouldBe([Observations.Instance.Uid, Other.Uid], ignoreOrder: true);
        members[0].Cves.ShouldBe(["CVE-2"]);
    }

    [Fact]
    public async Task StreamMembers_ChangedSinceMultiMemberAndRuleFilters_SelectWhatTheyName()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 8, 20, 6, 0, 0, TimeSpan.Zero));
        await using var services = await TestServices.CreateAsync(s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, clock));
        var store = services.Get<INormalizationFacade>();
        await store.StoreAsync([Write(Observations.Vulnerability("wiz", "w-1", "CVE-1"), "pair"), Write(Observations.Vulnerability("wiz", "w-2", "CVE-2"), "single")], CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        var since = clock.GetUtcNow();
        await store.StoreAsync([Write(Observations.Vulnerability("orca", "o-1", "CVE-1"), "pair"), Write(Observations.Misconfiguration("orca", "o-2", "r-7"), "rule")], CancellationToken.None);

        var changedPairs = await Members(store, new MemberFilter { ChangedSince = since, MultiMemberOnly = true });
        var byRule = await Members(store, new MemberFilter { Source = "ORCA", RuleIds = ["r-7"] });
        var byTitle = await Members(store, new MemberFilter { Source = "orca", RuleIds = ["Rule r-7 failed"] });

        changedPairs.Select(m => m.Source).ShouldBe(["orca", "wiz"], ignoreOrder: true);
        byRule.ShouldHaveSingleItem().SourceFindingId.ShouldBe("o-2");
        byTitle.ShouldHaveSingleItem().SourceFindingId.ShouldBe("o-2");
    }

    [Fact]
    public async Task ApplyEnrichmentAndMove_WriteInBulkAndShowInViews()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var stored = await store.StoreAsync([Write(Observations.Vulnerability("wiz", "w-1", "CVE-1"), "c1"), Write(Observations.Vulnerability("orca", "o-1", "CVE-1"), "c1")], CancellationToken.None);
        var due = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

        var enriched = await store.ApplyEnrichmentAsync(
            [new EnrichmentUpdate(stored.FindingIds[1], new FindingEnrichment("storage.public-access", "why", 8.7, 2, "{}", "payments", "prod", due, null, IsPrimary: false, ClusterSources: 2))],
            CancellationToken.None);
        var moved = await store.MoveToClustersAsync([new ClusterMove(stored.FindingIds[0], "c2", null, "split by alice: x")], CancellationToken.None);
        var second = await store.GetAsync(stored.FindingIds[1], CancellationToken.None);
        var first = await store.GetAsync(stored.FindingIds[0], CancellationToken.None);

        (enriched, moved).ShouldBe((1, 1));
        second!.IsPrimary.ShouldBeFalse();
        (second.RiskScore, second.Priority, second.Team, second.Environment, second.SlaDue, second.ClusterSources).ShouldBe((8.7, 2, "payments", "prod", (DateTimeOffset?)due, 2));
        (first!.ClusterId, first.MatchReason).ShouldBe(("c2", "split by alice: x"));
    }

    [Fact]
    public async Task ApplyEnrichment_WithThePreviousEnrichment_WritesScoreOnlyAndFullChangesAlike()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var stored = await store.StoreAsync([Write(Observations.Vulnerability("wiz", "w-1", "CVE-1"), "c1"), Write(Observations.Vulnerability("orca", "o-1", "CVE-1"), "c1")], CancellationToken.None);
        var before = (await Members(store, new MemberFilter { ClusterIds = ["c1"] })).ToDictionary(m => m.Id, m => m.Enrichment);
        var due = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var scoreOnly = new EnrichmentUpdate(stored.FindingIds[0], before[stored.FindingIds[0]] with { RiskScore = 9.1, Priority = 1, RiskFactors = "{\"c\":1}", SlaDue = due, IsPrimary = false, ClusterSources = 2 }, before[stored.FindingIds[0]]);
        var full = new EnrichmentUpdate(stored.FindingIds[1], before[stored.FindingIds[1]] with { RiskScore = 4.2, Team = "payments" }, before[stored.FindingIds[1]]);

        var written = await store.ApplyEnrichmentAsync([scoreOnly, full], CancellationToken.None);

        (scoreOnly.ScoreOnly, full.ScoreOnly, written).ShouldBe((true, false, 2));
        var after = (await Members(store, new MemberFilter { ClusterIds = ["c1"] })).ToDictionary(m => m.Id, m => m.Enrichment);
        after[stored.FindingIds[0]].ShouldBe(scoreOnly.Enrichment);
        after[stored.FindingIds[1]].ShouldBe(full.Enrichment);
    }

    private static FindingWrite Write(NormalizedObservation o, string cluster) => new(o, cluster, 5, 3, null, null);

    private static async Task<List<ClusterMember>> Members(INormalizationFacade store, MemberFilter filter)
    {
        var list = new List<ClusterMember>();
        await foreach (var m in store.StreamMembersAsync(filter, CancellationToken.None))
        {
            list.Add(m);
        }

        return list;
    }
}
