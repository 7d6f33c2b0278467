using System.Security.Cryptography;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Identity.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Identity.FirstAdmin;

/// <summary>
/// On a database with no account, creates the configured first admin. Its password comes from
/// <c>Identity:FirstAdmin:Password</c> or is generated once into the data folder; the log says where, never what.
/// </summary>
internal sealed class FirstAdminBootstrapper(
    IServiceScopeFactory scopes,
    IOptions<CnappAiIdentityOptions> options,
    InitialPasswordFile file,
    IdentityAudit audit,
    ILogger<FirstAdminBootstrapper> logger)
{
    public async Task<FirstAdminResult> EnsureAsync(CancellationToken ct)
    {
        var settings = options.Value.FirstAdmin;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnappAiUser>>();
        if (await users.Users.AnyAsync(ct).ConfigureAwait(false))
        {
            return new FirstAdminResult(false, settings.UserName, null);
        }

        var generated = string.IsNullOrEmpty(settings.Password);
        var password = generated ? Generate() : settings.Password!;
        var admin = new CnappAiUser { UserName = settings.UserName, MustChangePassword = settings.MustChangePassword || generated };
        var created = await users.CreateAsync(admin, password).ConfigureAwait(false);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(admin, Roles.Admin).ConfigureAwait(false);
        }

        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"could not create the first admin '{settings.UserName}': {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        if (generated)
        {
            file.Write(password);
            logger.LogWarning("Created the first admin '{UserName}'. Its initial password is in {PasswordFile}; it must be changed at the first sign-in.", settings.UserName, file.Path);
        }
        else
        {
            logger.LogInformation("Created the first admin '{UserName}' with the password from configuration.", settings.UserName);
        }

        await audit.RecordAsync("user.created", Actor.System, settings.UserName, AuditRecord.Success, new { roles = new[] { Roles.Admin }, firstAdmin = true }, ct)
            .ConfigureAwait(false);
        return new FirstAdminResult(true, settings.UserName, generated ? file.Path : null);
    }

    /// <summary>24 characters from an unambiguous alphabet, always with upper case, lower case and a digit.</summary>
    internal static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = RandomNumberGenerator.GetItems<char>(all, 21).ToList();
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), upper[RandomNumberGenerator.GetInt32(upper.Length)]);
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), lower[RandomNumberGenerator.GetInt32(lower.Length)]);
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), digits[RandomNumberGenerator.GetInt32(digits.Length)]);
        return new string([.. chars]);
    }
}
