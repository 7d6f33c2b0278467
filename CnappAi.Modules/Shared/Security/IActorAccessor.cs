namespace CnappAi.Modules.Shared.Security;

/// <summary>
/// The actor of the current operation, flowing with the async context (like <c>IHttpContextAccessor</c>): the
/// dashboard sets it per request and per circuit activity, each verb sets the local operator, each job the system
/// actor. When nothing set it, the actor is <see cref="Actor.Anonymous"/>, which holds no role.
/// </summary>
public interface IActorAccessor
{
    Actor Current { get; }

    /// <summary>Makes <paramref name="actor"/> current until the returned scope is disposed.</summary>
    IDisposable Use(Actor actor);
}

public static class ActorAccessorExtensions
{
    /// <summary>The current actor when it holds <paramref name="role"/>; otherwise throws <see cref="AccessDeniedException"/>.</summary>
    public static Actor Demand(this IActorAccessor accessor, string role)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        var actor = accessor.Current;
        return actor.IsInRole(role) ? actor : throw new AccessDeniedException(actor, role);
    }

    /// <summary>The current actor when it is a signed-in dashboard user (any role, even none); otherwise throws.</summary>
    public static Actor DemandSignedInUser(this IActorAccessor accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        var actor = accessor.Current;
        return actor.Kind == ActorKind.User ? actor : throw new AccessDeniedException(actor, "signed-in user");
    }
}
