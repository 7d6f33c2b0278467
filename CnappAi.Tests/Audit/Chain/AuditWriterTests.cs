using CnappAi.Modules.Audit;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Audit.Chain;

public sealed class AuditWriterTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Records_AreNumberedInOrder_AndEachLinksToTheOneBefore()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        await _services.Get<IAuditWriter>().AppendAsync([AuditTestData.Record(1, "f-1"), AuditTestData.Record(2)], CancellationToken.None);
        await _services.Get<IAuditWriter>().AppendAsync([AuditTestData.Record(3, "f-1", "f-3")], CancellationToken.None);

        var page = await _services.Get<IAuditFacade>().QueryAsync(new(Take: 10), CancellationToken.None);

        page.Items.Select(e => e.Sequence).ShouldBe([3L, 2L, 1L]);
        page.Items[2].PreviousHash.ShouldBe(new string('0', 64));
        page.Items[1].PreviousHash.ShouldBe(page.Items[2].Hash);
        page.Items[0].PreviousHash.ShouldBe(page.Items[1].Hash);
        page.Items[0].FindingIds.ShouldBe(["f-1", "f-3"]);
        page.Items[0].ActorId.ShouldBe("u-ana");
        page.Items[0].DetailsJson.ShouldContain("\"note\":\"record 3\"");
    }

    [Fact]
    public async Task TheChange_AndItsRecords_CommitTogether_OrNotAtAll()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var contexts = _services.Get<IDbContextFactory<CnappAiDbContext>>();
        var writer = _services.Get<IAuditWriter>();
        var id = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Add(new ExceptionEvent { Id = id, ExceptionId = Guid.NewGuid(), Event = "created", At = DateTimeOffset.UtcNow, By = "ana" });
            await writer.AppendAndSaveAsync(db, [AuditTestData.Record(1)], CancellationToken.None);
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Add(new ExceptionEvent { Id = id, ExceptionId = Guid.NewGuid(), Event = "created", At = DateTimeOffset.UtcNow, By = "ana" });
            await Should.ThrowAsync<DbUpdateException>(() => writer.AppendAndSaveAsync(db, [AuditTestData.Record(2)], CancellationToken.None));
        }

        var audit = _services.Get<IAuditFacade>();
        (await audit.QueryAsync(new(), CancellationToken.None)).Total.ShouldBe(1);
        (await audit.VerifyAsync(CancellationToken.None)).Intact.ShouldBeTrue();
        await using var check = await contexts.CreateDbContextAsync();
        (await check.Set<ExceptionEvent>().CountAsync(e => e.Id == id)).ShouldBe(1);
    }

    [Fact]
    public async Task AnOpenTransaction_IsRefused_BecauseTheWriterMustHoldTheChainUntilCommit()
    {
        await using var db = await _services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => _services.Get<IAuditWriter>().AppendAndSaveAsync(db, [AuditTestData.Record(1)], CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentWriters_NeverForkTheChain()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var writer = _services.Get<IAuditWriter>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await writer.AppendAsync([AuditTestData.Record((w * 100) + i)], CancellationToken.None);
            }
        })));

        var result = await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);
        result.Intact.ShouldBeTrue(result.Problem);
        result.RecordsChecked.ShouldBe(100);
    }

    [Fact]
    public async Task TheDatabase_RefusesUpdatesAndDeletes_OfAuditRecords()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        await AuditTestData.AppendAsync(_services, 2);
        await using var connection = new SqliteConnection($"Data Source={_services.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit_entries SET Outcome = 'success' WHERE Sequence = 1";
        (await Should.ThrowAsync<SqliteException>(() => update.ExecuteNonQueryAsync())).Message.ShouldContain("append-only");
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit_entries";
        (await Should.ThrowAsync<SqliteException>(() => delete.ExecuteNonQueryAsync())).Message.ShouldContain("append-only");
    }

    [Fact]
    public async Task DetailsThatAreNotAJsonObject_AreKeptInsideOne()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        await _services.Get<IAuditWriter>().AppendAsync(
            [new AuditRecord("settings.changed", Actor.System, "settings", "ai", AuditRecord.Success, [], "not json {"),
             new AuditRecord("settings.changed", Actor.System, "settings", "ai", AuditRecord.Success, [], "[1,2]")],
            CancellationToken.None);

        var items = (await _services.Get<IAuditFacade>().QueryAsync(new(), CancellationToken.None)).Items;

        items.Select(i => i.DetailsJson).ShouldBe(["{\"value\":[1,2]}", "{\"text\":\"not json {\"}"]);
    }
}
