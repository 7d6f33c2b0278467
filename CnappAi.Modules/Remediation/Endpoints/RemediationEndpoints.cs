using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Slack;
using CnappAi.Modules.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CnappAi.Modules.Remediation.Endpoints;

/// <summary>
/// <c>POST /api/slack/interactions</c> (Slack signs it; no sign-in, no antiforgery) and the JSON plan API under
/// <c>/api/plans</c>, which runs as the signed-in actor and answers 403 when the role is missing.
/// </summary>
internal static class RemediationEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/slack/interactions", SlackAsync).DisableAntiforgery().WithName("SlackInteractions");
        var plans = endpoints.MapGroup("/api/plans").DisableAntiforgery();
        plans.MapPost("/", (PlanRequest request, IRemediationFacade facade, CancellationToken ct) => Guard(async () => Results.Ok(await facade.RequestPlanAsync(request, ct))));
        plans.MapGet("/pending", (IRemediationFacade facade, CancellationToken ct) => Guard(async () => Results.Ok(await facade.GetPendingAsync(ct))));
        plans.MapGet("/{id:guid}", (Guid id, IRemediationFacade facade, CancellationToken ct) =>
            Guard(async () => await facade.GetPlanAsync(id, ct) is { } plan ? Results.Ok(plan) : Results.NotFound()));
        plans.MapPost("/{id:guid}/approve", (Guid id, DecisionBody? body, IRemediationFacade facade, CancellationToken ct) =>
            Guard(async () => Decision(await facade.ApproveAsync(id, body?.Comment, ct))));
        plans.MapPost("/{id:guid}/reject", (Guid id, DecisionBody body, IRemediationFacade facade, CancellationToken ct) =>
            Guard(async () => Decision(await facade.RejectAsync(id, body.Comment ?? "", ct))));
        return endpoints;
    }

    private static async Task<IResult> SlackAsync(HttpRequest request, SlackInteractionHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var reply = await handler.HandleAsync(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], buffer.ToArray(), ct).ConfigureAwait(false);
        return reply.Status == StatusCodes.Status200OK
            ? Results.Json(new { response_type = "ephemeral", replace_original = false, text = reply.Text })
            : Results.Text(reply.Text, statusCode: reply.Status);
    }

    private static IResult Decision(DecisionOutcome outcome) => outcome.Accepted ? Results.Ok(outcome) : Results.Conflict(outcome);

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (AccessDeniedException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden);
        }
        catch (ValidationException ex)
        {
            return Results.ValidationProblem(ex.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
        }
    }

    internal sealed record DecisionBody(string? Comment);
}
