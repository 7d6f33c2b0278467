using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>
/// Connector secrets: encrypted with ASP.NET Core Data Protection when stored, and overridable per connector
/// by environment variables named <c>CNAPPAI_CONNECTOR__&lt;NAME&gt;__CLIENTSECRET</c> (name upper-cased, dashes
/// as underscores), which win over the stored value so operators can keep secrets out of the database.
/// </summary>
internal sealed class ConnectorSecrets(IDataProtectionProvider protection, IConfiguration configuration)
{
    public const string ClientSecretName = "CLIENTSECRET";
    public const string WebhookSecretName = "WEBHOOKSECRET";

    private readonly IDataProtector _protector = protection.CreateProtector("CnappAi.Ingestion.Connectors.Secrets.v1");

    public static string EnvironmentVariable(string connector, string secret) =>
        $"CNAPPAI_CONNECTOR__{EnvironmentName(connector)}__{secret}";

    public string? Protect(string? plain) => string.IsNullOrEmpty(plain) ? null : _protector.Protect(plain);

    /// <summary>The environment's value if set, else the stored one decrypted (null when neither exists or the key ring lost it).</summary>
    public string? Resolve(string connector, string secret, string? stored) =>
        FromEnvironment(connector, secret) ?? Unprotect(stored);

    public string? FromEnvironment(string connector, string secret)
    {
        var value = configuration[$"CNAPPAI_CONNECTOR:{EnvironmentName(connector)}:{secret}"]
            ?? Environment.GetEnvironmentVariable(EnvironmentVariable(connector, secret));
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private string? Unprotect(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(stored);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The key ring that encrypted it is gone (a new data folder): treat the secret as missing, never crash.
            return null;
        }
    }

    private static string EnvironmentName(string connector) =>
        new([.. connector.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
