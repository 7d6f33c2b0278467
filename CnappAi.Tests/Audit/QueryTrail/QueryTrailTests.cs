using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using FluentValidation;

namespace CnappAi.Tests.Audit.QueryTrail;

public sealed class QueryTrailTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        var approver = Actor.User("u-bob", "bob", [Roles.Approver]);
        await _services.Get<IAuditWriter>().AppendAsync(
        [
            AuditRecord.Of("plan.requested", AuditTestData.Analyst, "plan", "p1", findingIds: ["f-1", "f-2"]),
            AuditRecord.Of("plan.approved", approver, "plan", "p1", findingIds: ["f-1"]),
            AuditRecord.Of("plan.approved", AuditTestData.Analyst, "plan", "p2", outcome: AuditRecord.Denied),
            AuditRecord.Of("import.completed", Actor.System, "import", "run-1", new { findings = 10 }),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public static TheoryData<AuditQuery, long[]> Filters => new()
    {
        { new AuditQuery(), [4, 3, 2, 1] },
        { new AuditQuery(Action: "plan."), [3, 2, 1] },
        { new AuditQuery(Action: "plan.approved", Outcome: AuditRecord.Denied), [3] },
        { new AuditQuery(ActorId: "u-bob"), [2] },
        { new AuditQuery(SubjectType: "plan", SubjectId: "p1"), [2, 1] },
        { new AuditQuery(FindingId: "f-1"), [2, 1] },
        { new AuditQuery(FindingId: "f-2"), [1] },
        { new AuditQuery(FindingId: "nope"), [] },
        { new AuditQuery(Skip: 1, Take: 2), [3, 2] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_SelectTheMatchingRecords_NewestFirst(AuditQuery query, long[] expected)
    {
        using var viewer = _services.Get<IActorAccessor>().Use(Actor.User("v", "v", [Roles.Viewer]));

        var page = await _services.Get<IAuditFacade>().QueryAsync(query, CancellationToken.None);

        page.Items.Select(i => i.Sequence).ShouldBe(expected);
    }

    [Fact]
    public async Task TheTotal_CountsEveryMatch_NotJustThePage()
    {
        using var viewer = _services.Get<IActorAccessor>().Use(Actor.User("v", "v", [Roles.Viewer]));

        var page = await _services.Get<IAuditFacade>().QueryAsync(new(Action: "plan.", Take: 1), CancellationToken.None);

        page.Total.ShouldBe(3);
        page.Items.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, 501)]
    public async Task ABadPage_IsRefused(int skip, int take)
    {
        using var viewer = _services.Get<IActorAccessor>().Use(Actor.User("v", "v", [Roles.Viewer]));

        await Should.ThrowAsync<ValidationException>(() => _services.Get<IAuditFacade>().QueryAsync(new(Skip: skip, Take: take), CancellationToken.None));
    }
}
