using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Optional single sign-on (<c>Identity:Oidc:*</c>), registered only when an authority is set. The signed-in user's
/// roles come from the configured claim (<c>RoleClaim</c>, default <c>roles</c>); values that are not one of the four
/// roles are ignored, so an identity provider cannot invent a role.
/// </summary>
internal static class OpenIdConnectSetup
{
    public const string Scheme = "oidc";

    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Identity:Oidc:Authority"]);

    public static AuthenticationBuilder AddCnappAiOpenIdConnect(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return authentication;
        }

        var section = configuration.GetSection("Identity:Oidc");
        var roleClaim = section["RoleClaim"] is { Length: > 0 } claim ? claim : "roles";
        return authentication.AddOpenIdConnect(Scheme, section["DisplayName"] ?? "Single sign-on", options =>
        {
            options.SignInScheme = IdentityConstants.ApplicationScheme;
            options.Authority = section["Authority"];
            options.ClientId = section["ClientId"];
            options.ClientSecret = section["ClientSecret"];
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.Scope.Add("profile");
            options.TokenValidationParameters.NameClaimType = section["NameClaim"] is { Length: > 0 } name ? name : "preferred_username";
            options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
            options.Events.OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    var subject = identity.FindFirst("sub")?.Value ?? identity.Name ?? "unknown";
                    identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, $"oidc:{subject}"));
                    foreach (var role in identity.FindAll(roleClaim).SelectMany(c => c.Value.Split(' ', ',')).Where(r => r.Length > 0).ToList())
                    {
                        identity.AddClaim(new Claim(ClaimTypes.Role, role.ToLowerInvariant()));
                    }
                }

                return Task.CompletedTask;
            };
        });
    }
}
