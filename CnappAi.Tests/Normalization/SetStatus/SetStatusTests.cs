using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Tests.Normalization.SetStatus;

public class SetStatusTests
{
    private static readonly DateTimeOffset Monday = new(2026, 8, 17, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SetStatusAsync_OpenFinding_ChangesStatusAndUpdatedAtOnlyForTheGivenIds()
    {
        var clock = new TestClock(Monday);
        await using var services = await TestServices.CreateAsync(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var store = services.Get<INormalizationFacade>();
        var ids = (await store.StoreAsync([Write("w-1"), Write("w-2")], CancellationToken.None)).FindingIds;
        clock.Advance(TimeSpan.FromHours(5));

        var changed = await store.SetStatusAsync([ids[0], "no-such-finding"], FindingStatus.Resolved, CancellationToken.None);

        changed.ShouldBe(1);
        (await store.GetAsync(ids[0], CancellationToken.None))!.Status.ShouldBe(FindingStatus.Resolved);
        (await store.GetAsync(ids[1], CancellationToken.None))!.Status.ShouldBe(FindingStatus.Open);
        (await UpdatedAtAsync(services, ids[0])).ShouldBe(Monday.AddHours(5));
        (await UpdatedAtAsync(services, ids[1])).ShouldBe(Monday);
    }

    [Fact]
    public async Task SetStatusAsync_AlreadyInThatStatus_ChangesNothing()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var id = (await store.StoreAsync([Write("w-1")], CancellationToken.None)).FindingIds[0];

        (await store.SetStatusAsync([id], FindingStatus.Open, CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task SetStatusAsync_WithoutTheAnalystRole_IsDeniedAndLeavesTheFinding()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var id = (await store.StoreAsync([Write("w-1")], CancellationToken.None)).FindingIds[0];

        using (services.As(Roles.Viewer, Roles.Approver))
        {
            await Should.ThrowAsync<AccessDeniedException>(() => store.SetStatusAsync([id], FindingStatus.Resolved, CancellationToken.None));
        }

        (await store.GetAsync(id, CancellationToken.None))!.Status.ShouldBe(FindingStatus.Open);
    }

    [Fact]
    public async Task StoreAsync_UnchangedReimportAfterSetStatus_KeepsTheStatusSet()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var id = (await store.StoreAsync([Write("w-1")], CancellationToken.None)).FindingIds[0];
        await store.SetStatusAsync([id], FindingStatus.Resolved, CancellationToken.None);

        var again = await store.StoreAsync([Write("w-1")], CancellationToken.None);

        again.Unchanged.ShouldBe(1);
        (await store.GetAsync(id, CancellationToken.None))!.Status.ShouldBe(FindingStatus.Resolved);
    }

    [Fact]
    public async Task StoreAsync_ChangedReimportAfterSetStatus_TakesTheVendorsStatus()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var id = (await store.StoreAsync([Write("w-1")], CancellationToken.None)).FindingIds[0];
        await store.SetStatusAsync([id], FindingStatus.Resolved, CancellationToken.None);

        var again = await store.StoreAsync([Write("w-1", Monday.AddDays(1))], CancellationToken.None);

        again.Updated.ShouldBe(1);
        (await store.GetAsync(id, CancellationToken.None))!.Status.ShouldBe(FindingStatus.Open);
    }

    private static FindingWrite Write(string id, DateTimeOffset? lastSeen = null) =>
        new(Observations.Vulnerability("wiz", id, "CVE-2021-41773") with { LastSeen = lastSeen ?? Monday }, $"cluster-{id}", 5, 3, null, null);

    private static async Task<DateTimeOffset> UpdatedAtAsync(TestServices services, string id)
    {
        await using var db = await services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return await db.Set<FindingRecord>().Where(f => f.Id == id).Select(f => f.UpdatedAt).SingleAsync();
    }
}
