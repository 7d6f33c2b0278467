using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Shared.Security;

public static class ActorServiceCollectionExtensions
{
    /// <summary>
    /// Makes <paramref name="actor"/> the actor whenever no request, circuit or job set one: the command line's local
    /// operator. The dashboard never calls this, so its default stays <see cref="Actor.Anonymous"/>.
    /// </summary>
    public static IServiceCollection UseDefaultActor(this IServiceCollection services, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        services.RemoveAll<IActorAccessor>();
        services.AddSingleton<IActorAccessor>(new AmbientActorAccessor(actor));
        return services;
    }
}
