using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Makes the request's user the current <see cref="Actor"/> for every facade call the request makes. The webhook and
/// IaC-gate endpoints authenticate callers by their own shared secret or token before they call anything, so on those
/// routes the actor is a service named for the caller with the analyst role only. Every other <c>/api/*</c> call
/// without a session is answered 401 here, before any endpoint runs.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next, IActorAccessor actors)
{
    /// <summary>API routes that authenticate their callers themselves (shared secret, bearer token, Slack signature).</summary>
    private static readonly HashSet<string> SelfAuthenticated = ["/api/webhooks/{source}", "/api/iac/scan", "/api/slack/interactions"];

    public async Task InvokeAsync(HttpContext context)
    {
        var actor = ActorFor(context);
        if (actor.Kind == ActorKind.Anonymous && context.Request.Path.StartsWithSegments("/api") && !IsSelfAuthenticated(context))
        {
            await Results.Problem("sign in first", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(context);
            return;
        }

        using (actors.Use(actor))
        {
            await next(context);
        }
    }

    private static bool IsSelfAuthenticated(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && SelfAuthenticated.Contains(pattern);

    internal static Actor ActorFor(HttpContext context)
    {
        var user = ActorClaims.ActorOf(context.User);
        if (user.Kind != ActorKind.Anonymous || context.GetEndpoint() is not RouteEndpoint { RoutePattern: var pattern })
        {
            return user;
        }

        return pattern.RawText switch
        {
            "/api/webhooks/{source}" => Actor.Service($"webhook:{context.Request.RouteValues["source"]}", Roles.Analyst),
            "/api/iac/scan" => Actor.Service("iac-gate", Roles.Analyst),
            _ => user,
        };
    }
}

/// <summary>
/// A user holding an admin-set or first-start password reaches only the change-password page and sign-out until the
/// password is changed (their actor has no role meanwhile, so facades refuse them too).
/// </summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    private static readonly string[] Open = [ChangePasswordPath, "/account/signout", "/signout", "/signin", "/access-denied", "/_framework", "/_content", "/_blazor"];

    public Task InvokeAsync(HttpContext context)
    {
        if (ActorClaims.MustChange(context.User) && !Open.Any(p => context.Request.Path.StartsWithSegments(p)) && context.GetEndpoint() is not null
            && !IsStaticAsset(context))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
}
