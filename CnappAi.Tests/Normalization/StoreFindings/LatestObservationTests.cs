using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Normalization.StoreFindings;

public class LatestObservationTests
{
    private static readonly DateTimeOffset Monday = new(2026, 8, 17, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StoreAsync_OlderExportAfterANewerOne_LeavesTheNewerObservationInPlace()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var newer = Write(Observations.Vulnerability("lacework", "l-1", "CVE-2021-41773") with { Status = FindingStatus.Resolved, LastSeen = Monday.AddDays(2) });
        var older = Write(Observations.Vulnerability("lacework", "l-1", "CVE-2021-41773") with { Status = FindingStatus.Open, LastSeen = Monday });

        await store.StoreAsync([newer], CancellationToken.None);
        var result = await store.StoreAsync([older], CancellationToken.None);

        result.Unchanged.ShouldBe(1);
        (await store.GetAsync(result.FindingIds[0], CancellationToken.None))!.Status.ShouldBe(FindingStatus.Resolved);
    }

    [Fact]
    public async Task StoreAsync_SeenAgainAfterResolved_Reopens()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var resolved = Write(Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773") with { Status = FindingStatus.Resolved, LastSeen = Monday });
        var seenAgain = Write(Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773") with { Status = FindingStatus.Open, LastSeen = Monday.AddDays(3) });

        await store.StoreAsync([resolved], CancellationToken.None);
        var result = await store.StoreAsync([seenAgain], CancellationToken.None);

        result.Updated.ShouldBe(1);
        (await store.GetAsync(result.FindingIds[0], CancellationToken.None))!.Status.ShouldBe(FindingStatus.Open);
    }

    private static FindingWrite Write(NormalizedObservation o) => new(o, "cluster-1", 5, 3, null, null);
}
