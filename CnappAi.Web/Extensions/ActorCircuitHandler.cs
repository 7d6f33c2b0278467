using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Each inbound activity of an interactive circuit (events, JS interop, navigation) runs as the circuit's signed-in
/// user, read from its <see cref="AuthenticationStateProvider"/> (which revalidation turns anonymous when the session ends).
/// </summary>
internal sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, IActorAccessor actors) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            using (actors.Use(ActorClaims.ActorOf(state.User)))
            {
                await next(context);
            }
        };
}
