using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Diagnostics;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Maps a facade's <see cref="AccessDeniedException"/> to a problem-details 403 (401 when nobody is signed in) for API
/// calls, and to the access-denied page for page requests. The response names the missing role, never internals.
/// </summary>
internal sealed class AccessDeniedHandler(IProblemDetailsService problems, ILogger<AccessDeniedHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not AccessDeniedException denied || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("Denied {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, denied.Message);
        var signedIn = httpContext.User.Identity?.IsAuthenticated == true;
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            httpContext.Response.Redirect(signedIn ? "/access-denied" : $"/signin?returnUrl={Uri.EscapeDataString(httpContext.Request.Path)}");
            return true;
        }

        httpContext.Response.StatusCode = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = signedIn ? "Forbidden" : "Unauthorized",
                Detail = denied.RequiredRole is { } role ? $"this operation needs the '{role}' role" : "this operation is not allowed",
            },
        });
    }
}
