namespace CnappAi.Modules.Shared.Security;

/// <summary>The actor in an <see cref="AsyncLocal{T}"/>; when nothing set one, the host's default (the dashboard's is anonymous).</summary>
internal sealed class AmbientActorAccessor(Actor? defaultActor = null) : IActorAccessor
{
    private static readonly AsyncLocal<Actor?> CurrentActor = new();

    /// <summary>The default when the host gave none: <see cref="Actor.Anonymous"/> (no role). Only the test assembly changes it.</summary>
    internal static Actor Fallback { get; set; } = Actor.Anonymous;

    public Actor Current => CurrentActor.Value ?? defaultActor ?? Fallback;

    public IDisposable Use(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(Actor? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
