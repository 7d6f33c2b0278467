using System.Text.Json;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Audit.ExportTrail;

public sealed class ExportTrailTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        await AuditTestData.AppendAsync(_services, 3);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task EachRecord_IsOneJsonLine_OldestFirst_WithItsChainHashes()
    {
        using var admin = _services.Get<IActorAccessor>().Use(Actor.User("a", "a", [Roles.Admin]));
        var output = new StringWriter();

        var count = await _services.Get<IAuditFacade>().ExportJsonLinesAsync(output, null, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        count.ShouldBe(3);
        lines.Length.ShouldBe(3);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Select(r => r.GetProperty("sequence").GetInt64()).ShouldBe([1L, 2L, 3L]);
        records[1].GetProperty("previousHash").GetString().ShouldBe(records[0].GetProperty("hash").GetString());
        records[2].GetProperty("details").GetProperty("note").GetString().ShouldBe("record 3");
        records[2].GetProperty("actor").GetProperty("id").GetString().ShouldBe("u-ana");
        records[2].GetProperty("findingIds")[0].GetString().ShouldBe("f-3");
        records[0].GetProperty("action").GetString().ShouldBe("plan.requested");
    }

    [Fact]
    public async Task Since_LeavesOutOlderRecords()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(clock));
        var writer = services.Get<IAuditWriter>();
        await writer.AppendAsync([AuditTestData.Record(1)], CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(2));
        await writer.AppendAsync([AuditTestData.Record(2)], CancellationToken.None);
        using var admin = services.Get<IActorAccessor>().Use(Actor.User("a", "a", [Roles.Admin]));
        var output = new StringWriter();

        var count = await services.Get<IAuditFacade>().ExportJsonLinesAsync(output, clock.GetUtcNow().AddDays(-1), CancellationToken.None);

        count.ShouldBe(1);
        output.ToString().ShouldContain("\"subject\":{\"type\":\"plan\",\"id\":\"plan-2\"}");
    }

    [Fact]
    public async Task OnlyAnAdmin_MayExport()
    {
        using var viewer = _services.Get<IActorAccessor>().Use(Actor.User("v", "v", [Roles.Viewer, Roles.Analyst, Roles.Approver]));

        await Should.ThrowAsync<AccessDeniedException>(() => _services.Get<IAuditFacade>().ExportJsonLinesAsync(new StringWriter(), null, CancellationToken.None));
    }
}
