using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Normalization.StoreFindings;

/// <summary>The set-based store: counts, collapsing, every column round-tripped, enrichment kept or replaced, raw records.</summary>
public class BulkUpsertTests
{
    private static readonly DateTimeOffset Seen = new(2026, 8, 17, 6, 0, 0, TimeSpan.Zero);

    private static readonly FindingEnrichment Enriched = new(
        "storage.public-access", "control storage.public-access", 8.4, 1, "ctx", "payments", "prod", Seen.AddDays(7), Seen.AddDays(30), IsPrimary: false, ClusterSources: 2);

    [Fact]
    public async Task StoreAsync_SameBatchTwice_CountsNewThenUnchanged()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        FindingWrite[] batch = [Write(Observations.Vulnerability("wiz", "w-1", "CVE-1")), Write(Observations.Misconfiguration("orca", "o-1", "r-1"))];

        var first = await store.StoreAsync(batch, CancellationToken.None);
        var second = await store.StoreAsync(batch, CancellationToken.None);

        (first.New, first.Updated, first.Unchanged).ShouldBe((2, 0, 0));
        (second.New, second.Updated, second.Unchanged).ShouldBe((0, 0, 2));
        (await store.GetTotalsAsync(CancellationToken.None)).All.ShouldBe(2);
    }

    [Fact]
    public async Task StoreAsync_RepeatsOfOneIdInABatch_CollapseToTheLast()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var first = Write(Observations.Vulnerability("wiz", "w-1", "CVE-1") with { Title = "first" });
        var last = Write(Observations.Vulnerability("WIZ", "w-1", "CVE-1") with { Title = "last" });

        var result = await store.StoreAsync([first, last], CancellationToken.None);

        result.New.ShouldBe(1);
        result.FindingIds.Count.ShouldBe(2);
        result.FindingIds[0].ShouldBe(result.FindingIds[1]);
        (await store.GetAsync(result.FindingIds[0], CancellationToken.None))!.Title.ShouldBe("last");
    }

    [Fact]
    public async Task StoreAsync_EveryColumn_ReadsBackAsWritten()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var observation = Observations.Vulnerability("Wiz", "w-1", "CVE-2021-44228", Severity.Critical, 9.8) with
        {
            Compliance = ["CIS 1.2", "PCI 6.3"], FirstSeen = Seen.AddDays(-3), LastSeen = Seen, Package = "log4j-core", FixedVersion = "2.17.1",
        };

        var id = (await store.StoreAsync([Write(observation) with { Enrichment = Enriched }], CancellationToken.None)).FindingIds[0];

        var view = (await store.GetAsync(id, CancellationToken.None))!;
        view.Source.ShouldBe("wiz");
        view.Cves.ShouldBe(["CVE-2021-44228"]);
        view.Compliance.ShouldBe(["CIS 1.2", "PCI 6.3"]);
        (view.Severity, view.Cvss, view.Package, view.FixedVersion).ShouldBe((Severity.Critical, 9.8, "log4j-core", "2.17.1"));
        (view.FirstSeen, view.LastSeen).ShouldBe((Seen.AddDays(-3), Seen));
        view.Resource.ShouldBe(observation.Resource);
        (view.ClusterId, view.OriginFile, view.OriginLocation).ShouldBe(("cluster-1", "f.json", "/0"));
        (view.RiskScore, view.Priority, view.ControlId, view.Team, view.Environment).ShouldBe((8.4, 1, "storage.public-access", "payments", "prod"));
        (view.SlaDue, view.SuppressedUntil, view.IsPrimary, view.ClusterSources).ShouldBe((Seen.AddDays(7), Seen.AddDays(30), false, 2));
        (await store.GetRawRecordAsync(id, CancellationToken.None)).ShouldBe(observation.RawRecord);
    }

    [Fact]
    public async Task StoreAsync_ChangedRecordWithoutEnrichment_UpdatesTheObservationAndKeepsTheEnrichment()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var original = Observations.Vulnerability("wiz", "w-1", "CVE-1");
        var id = (await store.StoreAsync([Write(original) with { Enrichment = Enriched }], CancellationToken.None)).FindingIds[0];
        var changed = original with { Title = "renamed by the vendor", RawRecord = "{\"changed\":true}" };

        var result = await store.StoreAsync([Write(changed)], CancellationToken.None);

        result.Updated.ShouldBe(1);
        var view = (await store.GetAsync(id, CancellationToken.None))!;
        view.Title.ShouldBe("renamed by the vendor");
        (view.Team, view.ControlId, view.IsPrimary).ShouldBe(("payments", "storage.public-access", false));
        (await store.GetRawRecordAsync(id, CancellationToken.None)).ShouldBe("{\"changed\":true}");
    }

    [Fact]
    public async Task StoreAsync_ThousandsOfRows_StoresEachOnceInOneCall()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var batch = Enumerable.Range(0, 5000).Select(i => Write(Observations.Vulnerability("wiz", $"w-{i}", $"CVE-{i}"))).ToArray();

        var result = await store.StoreAsync(batch, CancellationToken.None);

        result.New.ShouldBe(5000);
        result.FindingIds.Distinct().Count().ShouldBe(5000);
        (await store.GetTotalsAsync(CancellationToken.None)).All.ShouldBe(5000);
    }

    private static FindingWrite Write(NormalizedObservation o) => new(o, "cluster-1", 5, 3, "f.json", "/0");
}
