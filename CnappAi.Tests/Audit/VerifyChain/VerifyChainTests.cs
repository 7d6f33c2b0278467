using CnappAi.Modules.Audit;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Audit.VerifyChain;

public sealed class VerifyChainTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task AnEmptyTrail_IsIntact()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);

        var result = await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);

        result.Intact.ShouldBeTrue();
        result.RecordsChecked.ShouldBe(0);
        result.LastHash.ShouldBeNull();
    }

    [Fact]
    public async Task AnUntouchedTrail_IsIntact()
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        await AuditTestData.AppendAsync(_services, 5);

        var result = await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);

        result.Intact.ShouldBeTrue(result.Problem);
        result.RecordsChecked.ShouldBe(5);
        result.FirstBrokenSequence.ShouldBeNull();
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET Details = '{\"n\":99}' WHERE Sequence = 3", 3, "was changed")]
    [InlineData("UPDATE audit_entries SET ActorId = 'someone-else' WHERE Sequence = 2", 2, "was changed")]
    [InlineData("UPDATE audit_entries SET Outcome = 'success', Hash = 'x' WHERE Sequence = 4", 4, "was changed")]
    [InlineData("DELETE FROM audit_entries WHERE Sequence = 2", 2, "missing")]
    [InlineData("UPDATE audit_entries SET PreviousHash = 'abc' WHERE Sequence = 5", 5, "does not link")]
    public async Task ATamperedRecord_IsNamed(string tamper, long broken, string problem)
    {
        using (_services.Get<IActorAccessor>().Use(Actor.System))
        {
            await AuditTestData.AppendAsync(_services, 5);
        }

        await AuditTestData.TamperAsync(_services.DatabasePath, tamper);

        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var result = await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);

        result.Intact.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(broken);
        result.Problem.ShouldNotBeNull().ShouldContain(problem);
        result.RecordsChecked.ShouldBe(broken - 1);
    }

    [Fact]
    public async Task RecomputingEveryHash_AfterAnEdit_StillBreaksTheLinkToTheNextRecord_UnlessTheWholeTailIsRewritten()
    {
        using (_services.Get<IActorAccessor>().Use(Actor.System))
        {
            await AuditTestData.AppendAsync(_services, 3);
        }

        // Replace record 2's hash with some other valid-looking value: record 3 no longer links to it.
        await AuditTestData.TamperAsync(_services.DatabasePath, $"UPDATE audit_entries SET Hash = '{new string('a', 64)}' WHERE Sequence = 2");

        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var result = await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);

        result.FirstBrokenSequence.ShouldBe(2);
    }

    [Fact]
    public async Task NobodyWithoutARole_CanReadTheTrail()
    {
        using var anonymous = _services.Get<IActorAccessor>().Use(Actor.Anonymous);

        await Should.ThrowAsync<AccessDeniedException>(() => _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None));
        await Should.ThrowAsync<AccessDeniedException>(() => _services.Get<IAuditFacade>().QueryAsync(new(), CancellationToken.None));
    }
}
