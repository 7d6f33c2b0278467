using System.Runtime.CompilerServices;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Module tests run as <see cref="Actor.System"/> unless they choose an actor (<see cref="TestServices.As(string[])"/>):
/// the dashboard's default stays anonymous; only this assembly changes it, once, before any test runs.
/// </summary>
internal static class TestActors
{
    [ModuleInitializer]
    internal static void RunAsSystemByDefault() => AmbientActorAccessor.Fallback = Actor.System;

    /// <summary>A signed-in user holding exactly <paramref name="roles"/> (none: a user with no role).</summary>
    public static Actor User(params string[] roles) => Actor.User($"test-{string.Join('-', roles)}", $"test {string.Join('+', roles)}", roles);
}
