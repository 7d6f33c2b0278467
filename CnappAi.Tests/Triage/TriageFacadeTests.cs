using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Tests.TestInfrastructure;
using FluentValidation;

namespace CnappAi.Tests.Triage;

public sealed class TriageFacadeTests : IAsyncLifetime
{
    private static readonly Actor Alice = Actor.User("alice", "Alice", [Roles.Analyst]);
    private static readonly Actor Bob = Actor.User("bob", "Bob", [Roles.Viewer]);
    private TestServices _services = null!;
    private IActorAccessor _actors = null!;
    private ITriageFacade _triage = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        _actors = _services.Get<IActorAccessor>();
        _triage = _services.Get<ITriageFacade>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task SavedViews_ArePerUser_AndTheSameNameReplacesTheQuery()
    {
        using (_actors.Use(Alice))
        {
            await _triage.SaveViewAsync(new SaveViewRequest("Critical prod", "?severity=critical"), CancellationToken.None);
            await _triage.SaveViewAsync(new SaveViewRequest("Critical prod ", "?severity=critical&env=prod"), CancellationToken.None);
            await _triage.SaveViewAsync(new SaveViewRequest("All", string.Empty), CancellationToken.None);
        }

        using (_actors.Use(Bob))
        {
            (await _triage.GetSavedViewsAsync(CancellationToken.None)).ShouldBeEmpty();
        }

        using (_actors.Use(Alice))
        {
            var views = await _triage.GetSavedViewsAsync(CancellationToken.None);
            views.Select(v => v.Name).ShouldBe(["All", "Critical prod"]);
            views[1].Query.ShouldBe("?severity=critical&env=prod");
        }
    }

    [Fact]
    public async Task DeleteView_OnlyDeletesTheOwnersView()
    {
        SavedView view;
        using (_actors.Use(Alice))
        {
            view = await _triage.SaveViewAsync(new SaveViewRequest("Mine", "?cloud=aws"), CancellationToken.None);
        }

        using (_actors.Use(Bob))
        {
            (await _triage.DeleteViewAsync(view.Id, CancellationToken.None)).ShouldBeFalse();
        }

        using (_actors.Use(Alice))
        {
            (await _triage.DeleteViewAsync(view.Id, CancellationToken.None)).ShouldBeTrue();
            (await _triage.GetSavedViewsAsync(CancellationToken.None)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task SaveView_WithoutAName_IsRejected()
    {
        using var alice = _actors.Use(Alice);

        await Should.ThrowAsync<ValidationException>(() => _triage.SaveViewAsync(new SaveViewRequest(" ", "?x=1"), CancellationToken.None));
    }

    [Fact]
    public async Task Assign_StoresTheAssignee_AuditsEachChange_AndUnassigns()
    {
        using var alice = _actors.Use(Alice);

        (await _triage.AssignAsync(new AssignRequest(["c1", "c2", "c1"], "payments-oncall"), CancellationToken.None)).ShouldBe(2);
        (await _triage.AssignAsync(new AssignRequest(["c1", "c2"], "payments-oncall"), CancellationToken.None)).ShouldBe(0);
        var assigned = await _triage.GetAssignmentsAsync(["c1", "c2", "c3"], CancellationToken.None);
        assigned.Keys.ShouldBe(["c1", "c2"], ignoreOrder: true);
        assigned["c1"].AssignedBy.ShouldBe("alice");

        (await _triage.AssignAsync(new AssignRequest(["c2"], string.Empty), CancellationToken.None)).ShouldBe(1);
        (await _triage.GetAssignmentsAsync(["c1", "c2"], CancellationToken.None)).Keys.ShouldBe(["c1"]);

        using var admin = _actors.Use(Actor.System);
        var trail = await _services.Get<IAuditFacade>().QueryAsync(new AuditQuery(Action: "finding."), CancellationToken.None);
        trail.Items.Select(e => $"{e.Action} {e.SubjectId}").ShouldBe(["finding.unassigned c2", "finding.assigned c2", "finding.assigned c1"], ignoreOrder: true);
    }

    [Fact]
    public async Task Assign_NeedsTheAnalystRole()
    {
        using var bob = _actors.Use(Bob);

        await Should.ThrowAsync<AccessDeniedException>(() => _triage.AssignAsync(new AssignRequest(["c1"], "me"), CancellationToken.None));
    }
}
