using CnappAi.Modules.Shared.Security;
using Hangfire.Dashboard;
using Hangfire.Server;

namespace CnappAi.Web.Extensions;

/// <summary>Every background job runs as <see cref="Actor.System"/>, whoever enqueued it.</summary>
internal sealed class JobActorFilter(IActorAccessor actors) : IServerFilter
{
    private const string ScopeKey = "cnappai.actor-scope";

    public void OnPerforming(PerformingContext context) => context.Items[ScopeKey] = actors.Use(Actor.System);

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ScopeKey, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}

/// <summary>The Hangfire dashboard (<c>/jobs</c>) is for signed-in admins only.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        ActorClaims.ActorOf(context.GetHttpContext().User) is { Kind: ActorKind.User } actor && actor.IsInRole(Roles.Admin);
}
