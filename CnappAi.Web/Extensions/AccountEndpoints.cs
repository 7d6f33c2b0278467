using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace CnappAi.Web.Extensions;

/// <summary>
/// The form posts of the sign-in, sign-out and change-password pages. Plain HTML forms post here (so the cookie is
/// written on a real HTTP response); form binding makes ASP.NET Core validate the antiforgery token first.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");
        account.MapPost("/signin", SignInAsync).AllowAnonymous();
        account.MapPost("/signout", SignOutAsync).AllowAnonymous();
        account.MapPost("/change-password", ChangePasswordAsync).RequireAuthorization(AuthenticationSetup.SignedIn);
        if (OpenIdConnectSetup.IsEnabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            account.MapGet("/sso", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }, [OpenIdConnectSetup.Scheme])).AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm(Name = "username")] string? userName,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        IIdentityFacade identity,
        CancellationToken ct)
    {
        var outcome = await identity.SignInAsync(userName ?? string.Empty, password ?? string.Empty, ct);
        var target = LocalUrl(returnUrl);
        return outcome.Status switch
        {
            SignInStatus.Succeeded => Results.LocalRedirect(target),
            SignInStatus.MustChangePassword => Results.LocalRedirect($"{MustChangePasswordMiddleware.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(target)}"),
            _ => Results.LocalRedirect($"/signin?error={outcome.Status.ToString().ToLowerInvariant()}&returnUrl={Uri.EscapeDataString(target)}"),
        };
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, IIdentityFacade identity, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        await identity.SignOutAsync(ct);
        return Results.LocalRedirect("/signin");
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm(Name = "currentPassword")] string? currentPassword,
        [FromForm(Name = "newPassword")] string? newPassword,
        [FromForm(Name = "confirmPassword")] string? confirmPassword,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        IIdentityFacade identity,
        CancellationToken ct)
    {
        var page = MustChangePasswordMiddleware.ChangePasswordPath;
        if (newPassword != confirmPassword)
        {
            return Results.LocalRedirect($"{page}?error={Uri.EscapeDataString("the new passwords do not match")}");
        }

        var outcome = await identity.ChangePasswordAsync(currentPassword ?? string.Empty, newPassword ?? string.Empty, ct);
        return outcome.Succeeded
            ? Results.LocalRedirect(LocalUrl(returnUrl))
            : Results.LocalRedirect($"{page}?error={Uri.EscapeDataString(string.Join(" ", outcome.Errors))}");
    }

    /// <summary>Only a path on this site (never <c>//host</c> or <c>/\host</c>), else the overview.</summary>
    internal static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
